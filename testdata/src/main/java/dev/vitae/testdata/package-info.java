/** The one way tests reach the repository's test documents, gold files and approved outputs. */
@NullMarked
package dev.vitae.testdata;

import org.jspecify.annotations.NullMarked;
