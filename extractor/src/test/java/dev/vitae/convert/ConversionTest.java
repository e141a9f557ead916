package dev.vitae.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.extractor.model.Meta;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.VitaeMeta;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionTest {
  private static final String FILE = "a/cv.pdf";

  private static Resume resume(int pages) {
    VitaeMeta.SourceMeta source =
        new VitaeMeta.SourceMeta(FILE, "application/pdf", null, pages, List.of());
    return new Resume(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new Meta("v1.0.0", new VitaeMeta("vitae", source, List.of())));
  }

  @Test
  void aConvertedDocumentHasItsResumeAndNoFailure() {
    Resume resume = resume(1);

    Conversion conversion = Conversion.of(FILE, () -> resume);

    assertThat(conversion.isParsed()).isTrue();
    assertThat(conversion.file()).isEqualTo(FILE);
    assertThat(conversion.requireResume()).isSameAs(resume);
    assertThat(conversion.findResume()).containsSame(resume);
    assertThat(conversion.findFailure()).isEmpty();
    assertThatThrownBy(conversion::requireFailure).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDocumentExceptionKeepsItsReasonAndLosesTheRepeatedPrefix() {
    Conversion conversion =
        Conversion.of(
            FILE,
            () -> {
              throw new DocumentException(Reason.ENCRYPTED, FILE, "the PDF is encrypted");
            });

    assertThat(conversion.isParsed()).isFalse();
    assertThat(conversion.requireFailure())
        .isEqualTo(new Failure(FILE, Reason.ENCRYPTED, "the PDF is encrypted"));
    assertThatThrownBy(conversion::requireResume).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBugIsInternalAndNeverQuotesTheDocument() {
    Conversion conversion =
        Conversion.of(
            FILE,
            () -> {
              throw new IllegalStateException("cannot handle Jane Doe, 555 0100");
            });

    Failure failure = conversion.requireFailure();
    assertThat(failure.reason()).isEqualTo(Reason.INTERNAL);
    assertThat(failure.message())
        .startsWith("unexpected IllegalStateException at dev.vitae.convert.ConversionTest.")
        .doesNotContain("Jane", "555");
  }

  @Test
  void aStackOverflowIsInternal() {
    Conversion conversion =
        Conversion.of(
            FILE,
            () -> {
              throw new StackOverflowError();
            });

    assertThat(conversion.requireFailure().reason()).isEqualTo(Reason.INTERNAL);
    assertThat(conversion.requireFailure().message()).startsWith("unexpected StackOverflowError");
  }

  @Test
  void runningOutOfMemoryOnADocumentIsTooLarge() {
    Conversion conversion =
        Conversion.of(
            FILE,
            () -> {
              // What the JVM throws when the heap is gone; allocating for real would take the
              // test machine's memory with it.
              throw new OutOfMemoryError("Java heap space");
            });

    assertThat(conversion.requireFailure())
        .isEqualTo(new Failure(FILE, Reason.TOO_LARGE, "ran out of memory reading it"));
  }

  @Test
  void otherJvmErrorsEscape() {
    assertThatThrownBy(
            () ->
                Conversion.of(
                    FILE,
                    () -> {
                      throw new InternalError("the JVM broke");
                    }))
        .isInstanceOf(InternalError.class);
  }

  @Test
  void aDocumentOverThePageLimitFailsOnlyWhenAsked() {
    Conversion conversion = Conversion.of(FILE, () -> resume(7));

    assertThat(conversion.withinPages(7)).isSameAs(conversion);
    assertThat(conversion.withinPages(6).requireFailure())
        .isEqualTo(new Failure(FILE, Reason.TOO_LARGE, "7 pages, over the limit of 6"));
    Conversion failed = Conversion.failed(Failure.outOfMemory(FILE));
    assertThat(failed.withinPages(1)).isSameAs(failed);
  }

  @Test
  void holdsExactlyOneOfResumeAndFailure() {
    Failure failure = new Failure(FILE, Reason.EMPTY_FILE, "the file is empty");

    assertThatThrownBy(() -> new Conversion(FILE, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Conversion(FILE, resume(1), failure))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
