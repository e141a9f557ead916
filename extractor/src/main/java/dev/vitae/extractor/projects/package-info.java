/** Named projects, grouped under the employer or organization they were done for. */
@NullMarked
package dev.vitae.extractor.projects;

import org.jspecify.annotations.NullMarked;
