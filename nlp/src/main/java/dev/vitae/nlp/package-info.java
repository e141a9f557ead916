/**
 * Statistical models behind the extractor's NLP interfaces (Stanford CoreNLP, Apache OpenNLP), each
 * loaded once per process on first use; GPL-3.0 because CoreNLP is.
 */
@NullMarked
package dev.vitae.nlp;

import org.jspecify.annotations.NullMarked;
