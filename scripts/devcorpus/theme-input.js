#!/usr/bin/env node
// theme-input.js GOLD OUT: writes the resume a JSON Resume theme renders. Most themes of the
// corpus were written for the schema before v1.0.0 and read its names (`work[].company`,
// `basics.website`, `education[].gpa`): given a v1.0.0 gold alone they leave the employer, the
// links or the grade out of the document, and the document no longer shows what its gold says.
// The gold's v1.0.0 fields stay as they are; each old name gets the same value beside them.
'use strict';
const fs = require('fs');

const [gold, out] = process.argv.slice(2);
if (!gold || !out) {
  process.stderr.write('usage: theme-input.js GOLD OUT\n');
  process.exit(2);
}
const resume = JSON.parse(fs.readFileSync(gold, 'utf8'));

// alias(object, oldName, newName): object[oldName] = object[newName] when only the new one is set
function alias(object, oldName, newName) {
  if (object && typeof object === 'object' && object[newName] !== undefined
      && object[oldName] === undefined) {
    object[oldName] = object[newName];
  }
}
function each(list, f) {
  if (Array.isArray(list)) list.forEach(f);
}

alias(resume.basics, 'website', 'url');
alias(resume.basics, 'picture', 'image');
each(resume.work, (w) => { alias(w, 'company', 'name'); alias(w, 'website', 'url'); });
each(resume.volunteer, (v) => { alias(v, 'website', 'url'); });
each(resume.education, (e) => { alias(e, 'gpa', 'score'); });
each(resume.publications, (p) => { alias(p, 'website', 'url'); });
each(resume.projects, (p) => { alias(p, 'website', 'url'); });

fs.writeFileSync(out, JSON.stringify(resume, null, 2) + '\n');
