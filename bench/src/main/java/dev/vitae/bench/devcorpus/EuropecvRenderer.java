package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Escapes.latex;
import static dev.vitae.bench.devcorpus.Escapes.latexUrl;

import dev.vitae.bench.devcorpus.Outline.Contact;
import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.Label;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code latex-europecv}: a LaTeX source for the europecv class (the Europass CV of Debian's
 * texlive-latex-extra), for XeLaTeX. Every line is a row with a right-aligned label on the left
 * ({@code Dates}, {@code Occupation or position held}, {@code Name and address of employer}) and
 * the value on the right. English golds get the Europass personal-information block; Chinese golds
 * get the same rows with Chinese labels, and xeCJK.
 */
final class EuropecvRenderer extends TextRenderer {
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.SLASH, " – ", "present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.CHINESE, " – ", "至今");

  private record Labels(
      String dates,
      String position,
      String activities,
      String employer,
      String degree,
      String subjects,
      String school,
      String grade) {}

  private static final Labels EUROPASS =
      new Labels(
          "Dates",
          "Occupation or position held",
          "Main activities and responsibilities",
          "Name and address of employer",
          "Title of qualification awarded",
          "Principal subjects / occupational skills covered",
          "Name and type of organisation providing education and training",
          "Grade");
  private static final Labels CHINESE_LABELS =
      new Labels("时间", "职位", "工作内容", "单位名称", "学历", "主修课程", "学校", "成绩");

  @Override
  public String name() {
    return "latex-europecv";
  }

  @Override
  public String extension() {
    return "tex";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, 2);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Labels labels = gold.chinese() ? CHINESE_LABELS : EUROPASS;
    Outline outline = Outline.of(gold, words, PhoneStyle.INTERNATIONAL);
    StringBuilder out = new StringBuilder();
    out.append("\\documentclass[english,a4paper,nologo")
        .append(gold.chinese() ? ",notitle" : "")
        .append("]{europecv}\n\\usepackage{fontspec}\n");
    if (gold.chinese()) {
      out.append(Latex.CJK);
    }
    out.append("\\usepackage[margin=2cm]{geometry}\n\\usepackage[hidelinks]{hyperref}\n");
    String name = latex(outline.header().name());
    out.append("\\ecvname{").append(name).append("}\n");
    out.append("\\ecvfootername{").append(name).append("}\n");
    List<Contact> rows = new ArrayList<>();
    for (Contact contact : outline.header().contacts()) {
      String command =
          gold.chinese()
              ? null
              : switch (contact.kind()) {
                case EMAIL -> "ecvemail";
                case PHONE -> "ecvtelephone";
                case LOCATION -> "ecvaddress";
                case WEBSITE -> "ecvhomepage";
                case PROFILE -> null;
              };
      if (command == null) {
        rows.add(contact);
      } else {
        out.append('\\').append(command).append('{').append(latex(contact.text())).append("}\n");
      }
    }
    out.append("\\begin{document}\n\\begin{europecv}\n");
    if (gold.chinese()) {
      out.append("\\ecvsection{个人信息}\n")
          .append("\\ecvitem{")
          .append(latex(words.label(Label.NAME)))
          .append("}{\\textbf{")
          .append(name)
          .append("}}\n");
    } else {
      out.append("\\ecvpersonalinfo\n");
    }
    for (Contact contact : rows) {
      item(out, latex(contact.label()), link(contact.text(), contact.href()));
    }
    if (outline.header().label() != null) {
      item(
          out,
          gold.chinese() ? latex(words.label(Label.TITLE)) : "Desired employment",
          "\\textbf{" + latex(outline.header().label()) + "}");
    }
    for (Part part : outline.parts()) {
      out.append("\n\\ecvsection{").append(latex(part.heading())).append("}\n");
      if (part.prose() != null) {
        item(out, "", latex(part.prose()));
      }
      for (Entry entry : part.entries()) {
        if (part.section().oneLine()) {
          item(out, latex(entry.title()), entry.value() == null ? "" : latex(entry.value()));
        } else if (part.section() == Section.WORK || part.section() == Section.VOLUNTEER) {
          job(out, entry, labels, words, dates);
        } else if (part.section() == Section.EDUCATION) {
          study(out, entry, labels, words, dates);
        } else {
          other(out, part.section(), entry, words, dates);
        }
      }
    }
    out.append("\\end{europecv}\n\\end{document}\n");
    return out.toString();
  }

  private static void job(
      StringBuilder out, Entry entry, Labels labels, Words words, DateFormat dates) {
    String when = dates.format(entry.period());
    if (when != null) {
      item(out, labels.dates(), latex(when));
    }
    item(out, labels.position(), "\\textbf{" + latex(entry.title()) + "}");
    String details = details(entry, List.of());
    if (!details.isEmpty()) {
      item(out, labels.activities(), details);
    }
    List<String> employer = new ArrayList<>();
    if (entry.org() != null) {
      employer.add(latex(entry.org()));
    }
    if (entry.place() != null) {
      employer.add(latex(entry.place()));
    }
    if (!employer.isEmpty()) {
      item(out, labels.employer(), String.join(words.separator(), employer));
    }
    item(out, "", "");
  }

  private static void study(
      StringBuilder out, Entry entry, Labels labels, Words words, DateFormat dates) {
    String when = dates.format(entry.period());
    if (when != null) {
      item(out, labels.dates(), latex(when));
    }
    if (entry.org() != null) {
      item(out, labels.degree(), "\\textbf{" + latex(entry.title()) + "}");
    }
    for (Fact fact : entry.facts()) {
      item(
          out,
          fact.label() == Label.COURSES ? labels.subjects() : labels.grade(),
          latex(fact.value()));
    }
    item(out, labels.school(), latex(entry.org() != null ? entry.org() : entry.title()));
    if (entry.url() != null) {
      item(out, latex(words.label(Label.LINK)), link(entry.url(), entry.url()));
    }
    item(out, "", "");
  }

  private static void other(
      StringBuilder out, Section section, Entry entry, Words words, DateFormat dates) {
    String when = dates.format(entry.period());
    List<String> lead = Phrases.lead(section, entry, true, words);
    StringBuilder value = new StringBuilder();
    if (!lead.isEmpty()) {
      value.append("\\textbf{").append(latex(lead.get(0))).append('}');
      for (String rest : lead.subList(1, lead.size())) {
        value.append(latex(words.separator())).append(latex(rest));
      }
    }
    List<String> facts = new ArrayList<>();
    for (Fact fact : entry.facts()) {
      facts.add(latex(words.labelled(fact.label(), fact.value())));
    }
    String details = details(entry, facts);
    if (!details.isEmpty()) {
      value.append("\\newline{}").append(details);
    }
    item(out, when == null ? "" : latex(when), value.toString());
  }

  // the facts, link, text and bullets of an entry as one cell
  private static String details(Entry entry, List<String> facts) {
    List<String> lines = new ArrayList<>(facts);
    if (entry.url() != null) {
      lines.add(link(entry.url(), entry.url()));
    }
    if (entry.text() != null) {
      lines.add(latex(entry.text()));
    }
    StringBuilder cell = new StringBuilder(String.join("\\newline{}", lines));
    if (!entry.bullets().isEmpty()) {
      cell.append("\n\\begin{itemize}\n");
      for (String bullet : entry.bullets()) {
        cell.append("\\item ").append(latex(bullet)).append('\n');
      }
      cell.append("\\end{itemize}");
    }
    return cell.toString();
  }

  private static void item(StringBuilder out, String label, String value) {
    out.append("\\ecvitem{").append(label).append("}{").append(value).append("}\n");
  }

  private static String link(String text, @Nullable String href) {
    return href == null ? latex(text) : "\\href{" + latexUrl(href) + "}{" + latex(text) + "}";
  }
}
