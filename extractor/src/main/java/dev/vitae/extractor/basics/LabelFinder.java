package dev.vitae.extractor.basics;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.basics.Fields.Field;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.parser.Line;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The person's title or the position they seek: a "Desired Position:"/"求职意向：" label, else a short
 * header line near the name that holds a role word ("Engineer", "工程师"). Never from a work entry:
 * only the basics area is read.
 */
final class LabelFinder {
  private static final int MAX_LABEL_CHARS = 80;
  private static final int MAX_LABEL_WORDS = 10;
  private static final int MAX_OBJECTIVE_WORDS = 8;
  private static final int LINES_AFTER_NAME = 3;
  private static final int LINES_WITHOUT_NAME = 4;

  private static final Pattern ROLE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:engineers?|developers?|programmers?|leaders?|lead|manager|architect|scientist|designer"
              + "|consultant|analyst|sre|devops|researcher|specialist|director|cto|ceo|cfo|coo|vp|founder"
              + "|co-founder|president|officer|administrator|intern|student|professor|lecturer|teacher"
              + "|writer|editor|geek|hacker|expert|technologist|coder|head of|strategist|product owner"
              + "|data scientist|full[- ]stack|front[- ]?end|back[- ]?end)\\b"
              + "|工程师|经理|架构师|开发|总监|专家|设计师|产品|运维|测试|研究员|分析师|顾问|主管|负责人|程序员"
              + "|实习生|学生|教师|讲师|算法|前端|后端|全栈|总裁|创始人|技术|工程");
  private static final Pattern SENTENCE =
      Pattern.compile(
          "(?i)\\b(?:with|years?|experience|i|i'm|my|am|is|are|was|have|has|who)\\b|经验|我|负责");
  private static final int MAX_TITLE_WORDS = 8;
  private static final Pattern DATE_RANGE = Pattern.compile("(?:19|20)\\d{2}\\s*[-–—~～至]");

  private LabelFinder() {}

  static Optional<Drafted<String>> find(Scope scope, Optional<Drafted<String>> name) {
    for (Line line : scope.area) {
      for (Field field : Fields.parse(line.text())) {
        if (field.key() != FieldKey.POSITION) {
          continue;
        }
        String value = Texts.clean(Prose.stripDecoration(field.value()));
        int limit =
            field.label().toLowerCase(Locale.ROOT).contains("objective")
                ? MAX_OBJECTIVE_WORDS
                : MAX_LABEL_WORDS;
        if (!value.isEmpty() && value.length() <= MAX_LABEL_CHARS && Prose.weight(value) <= limit) {
          return Optional.of(Drafted.at(value, line.index()));
        }
      }
    }
    List<Line> header = scope.header;
    int nameAt = -1;
    if (name.isPresent()) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).index() == name.get().firstLine()) {
          nameAt = i;
          break;
        }
      }
    }
    int from = nameAt + 1;
    int to = Math.min(header.size(), nameAt >= 0 ? from + LINES_AFTER_NAME : LINES_WITHOUT_NAME);
    for (int i = from; i < to; i++) {
      Line line = header.get(i);
      if (isTitleLine(line.text())) {
        return Optional.of(Drafted.at(Prose.stripDecoration(line.text()), line.index()));
      }
    }
    return Optional.empty();
  }

  /** Whether a line reads as a job title: short, a role word, no contacts, dates or labels. */
  static boolean isTitleLine(String text) {
    String t = Prose.stripDecoration(text);
    if (t.isEmpty() || t.length() > MAX_LABEL_CHARS || Prose.weight(t) > MAX_TITLE_WORDS) {
      return false;
    }
    if (SENTENCE.matcher(t).find()) {
      return false;
    }
    if (t.contains("@") || !Prose.urlTokens(t).isEmpty() || DATE_RANGE.matcher(t).find()) {
      return false;
    }
    if (t.contains(":") || t.contains("：") || t.endsWith("。") || t.endsWith(".")) {
      return false;
    }
    return ROLE_WORDS.matcher(t).find();
  }
}
