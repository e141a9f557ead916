package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Fixtures.chinese;
import static dev.vitae.bench.devcorpus.Fixtures.english;
import static dev.vitae.bench.devcorpus.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatexRenderersTest {
  private static final List<String> LATEX =
      List.of(
          "latex-moderncv-classic",
          "latex-moderncv-casual",
          "latex-moderncv-banking",
          "latex-europecv");

  @Test
  void moderncvUsesItsStyleAndCventries() {
    assertThat(text("latex-moderncv-classic", english()))
        .startsWith(
            "\\documentclass[11pt,a4paper,sans]{moderncv}\n\\moderncvstyle[nosymbols]{classic}\n")
        .contains("\\name{Ada}{Example}\n\\title{Data \\& Platform Engineer}\n")
        .contains("\\phone[mobile]{+1 415-555-0123}")
        .contains("\\social[github][github.com/ada\\_ex]{ada\\_ex}")
        .contains(
            """
            \\cventry{Jun 2021–Present}{Senior Engineer}{Acme \\& Sons}{Berlin}{}{%
            \\begin{itemize}
            \\item Cut cloud costs by 30\\%
            \\item Moved <legacy> jobs to k8s\\_cluster \\#1
            \\end{itemize}}
            """)
        .contains(
            "\\cventry{Jan 2019–May 2021}{Engineer}{Globex}{}{}{Built the billing \\{core\\} with"
                + " \\textasciitilde{}5 people at \\textasciicircum{}2 speed.}")
        .contains(
            "\\cventry{2015–2019}{Bachelor in Computer Science}{Example University}{}"
                + "{\\textit{Grade: 3.8/4.0}}{}")
        .contains("\\cvitem{Languages}{Java, Go}")
        .contains("\\section{Projects}")
        .doesNotContain("xeCJK");
    assertThat(text("latex-moderncv-casual", english()))
        .contains("\\moderncvstyle[nosymbols]{casual}")
        .contains("\\cventry{06/2021–Current}{Senior Engineer}");
    assertThat(text("latex-moderncv-banking", english()))
        .contains("\\moderncvstyle[nosymbols]{banking}")
        .contains("\\cventry{June 2021 – Present}{Senior Engineer}");
  }

  @Test
  void bankingWrapsALongTitleOrEmployerBesideTheDatesAndPlace() {
    Gold gold =
        Gold.of(
            "en-long",
            Fixtures.resume(
                """
                {"basics": {"name": "Ada Example"},
                 "publications": [{"name": "Group medical visits for adults with type 2 diabetes\
                 in a community health center", "publisher": "J. Nursing",
                 "releaseDate": "2023-04"}],
                 "certificates": [{"name": "PE", "issuer": "Colorado State Board of Licensure for\
                 Architects, Professional Engineers and Professional Land Surveyors"}]}
                """));
    assertThat(text("latex-moderncv-banking", gold))
        .contains(
            "\\cventry{April 2023}{\\parbox[t]{0.72\\maincolumnwidth}{\\raggedright Group medical"
                + " visits for adults with type 2 diabetes in a community health center}}"
                + "{J. Nursing}{}{}{}")
        .contains(
            "\\cventry{}{PE}{\\parbox[t]{0.72\\maincolumnwidth}{\\raggedright Colorado State Board"
                + " of Licensure for Architects, Professional Engineers and Professional Land"
                + " Surveyors}}{}{}{}");
    assertThat(text("latex-moderncv-classic", gold))
        .contains("\\cventry{Apr 2023}{Group medical visits")
        .doesNotContain("parbox");
    assertThat(text("latex-moderncv-banking", english()))
        .contains("\\cventry{June 2021 – Present}{Senior Engineer}{Acme \\& Sons}");
  }

  @Test
  void chineseGoldLoadsXecjkWithNotoSerif() {
    for (String renderer : LATEX) {
      assertThat(text(renderer, chinese()))
          .as(renderer)
          .contains("\\usepackage{xeCJK}\n\\setCJKmainfont{Noto Serif CJK SC}\n")
          .contains("深圳蓝海科技有限公司")
          .contains("至今");
    }
    assertThat(text("latex-moderncv-classic", chinese()))
        .contains("\\name{王小明}{}")
        .contains("\\section{工作经历}")
        .contains("\\cventry{2020.03–至今}{高级工程师}{深圳蓝海科技有限公司}{}{}")
        .contains("\\extrainfo{微信：xm\\_wang}");
  }

  @Test
  void europecvWritesEuropassRows() {
    String tex = text("latex-europecv", english());
    assertThat(tex)
        .startsWith("\\documentclass[english,a4paper,nologo]{europecv}\n")
        .contains("\\ecvname{Ada Example}")
        .contains("\\ecvtelephone{+1 415-555-0123}")
        .contains(
            "\\ecvpersonalinfo\n\\ecvitem{GitHub}{\\href{https://github.com/ada\\_ex}{ada\\_ex}}")
        .contains("\\ecvitem{Desired employment}{\\textbf{Data \\& Platform Engineer}}")
        .contains(
            """
            \\ecvitem{Dates}{06/2021 – present}
            \\ecvitem{Occupation or position held}{\\textbf{Senior Engineer}}
            \\ecvitem{Main activities and responsibilities}{
            \\begin{itemize}
            \\item Cut cloud costs by 30\\%
            """)
        .contains("\\ecvitem{Name and address of employer}{Acme \\& Sons, Berlin}")
        .contains(
            "\\ecvitem{Title of qualification awarded}{\\textbf{Computer Science (Bachelor)}}");
    assertThat(text("latex-europecv", chinese()))
        .contains("nologo,notitle]{europecv}")
        .contains("\\ecvitem{姓名}{\\textbf{王小明}}")
        .contains("\\ecvitem{时间}{2020年3月 – 至今}");
  }

  @Test
  void everyLatexOutputHasBalancedBracesAndEnvironments() {
    for (String renderer : LATEX) {
      for (Gold gold : List.of(english(), chinese())) {
        String tex = text(renderer, gold);
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
          char c = tex.charAt(i);
          if (c == '\\') {
            i++; // an escaped character, or the first letter of a command
          } else if (c == '{') {
            depth++;
          } else if (c == '}') {
            depth--;
            assertThat(depth).as(renderer + " " + gold.stem() + " at " + i).isNotNegative();
          }
        }
        assertThat(depth).as(renderer + " " + gold.stem()).isZero();
        assertThat(count(tex, "\\begin{itemize}")).isEqualTo(count(tex, "\\end{itemize}"));
        assertThat(tex).endsWith("\\end{document}\n");
      }
    }
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
