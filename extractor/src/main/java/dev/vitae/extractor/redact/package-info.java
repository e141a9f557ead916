/**
 * Redaction for fair screening: a {@link dev.vitae.extractor.redact.Redactor} removes who the
 * person is (name, contacts, profiles, photo, street address) and attributes a screener must not
 * weigh (birth date, age, gender, marital status, nationality, ethnicity) from every field of a
 * resume.
 */
@NullMarked
package dev.vitae.extractor.redact;

import org.jspecify.annotations.NullMarked;
