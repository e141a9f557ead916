/** Named projects, grouped under the employer or organization they were done for. */
package dev.vitae.extractor.projects;
