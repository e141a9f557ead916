package dev.vitae.parser.fuzz;

import dev.vitae.testdata.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every committed crasher, {@code testdata/crashers/<reader>/<what it exercises>}, through its
 * reader's fuzz check (jsoup's {@code fuzztests/}): files that once crashed, hung or exhausted a
 * reader, found by hand, in issue #15 or by Jazzer, each ending as a typed outcome in seconds.
 */
class CrashersTest {
  static List<Arguments> crashers() {
    List<Arguments> all = new ArrayList<>();
    for (String reader : List.of("pdf", "docx", "html", "markdown", "text")) {
      for (String name : TestData.list("crashers/" + reader)) {
        all.add(Arguments.of(reader, name));
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("crashers")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void endsAsTypedOutcome(String reader, String name) {
    ReaderFuzzTest.check(reader, TestData.bytes("crashers/" + reader + "/" + name));
  }
}
