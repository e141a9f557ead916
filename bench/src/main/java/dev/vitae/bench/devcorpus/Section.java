package dev.vitae.bench.devcorpus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sections a rendered resume can have, each with the common headings real resumes give it in
 * English and in Chinese; a renderer picks one wording by its variant number.
 */
public enum Section {
  SUMMARY(
      null,
      List.of("Summary", "Profile", "Professional Summary", "About Me"),
      List.of("自我评价", "个人简介", "个人总结", "自我评价")),
  WORK(
      "work",
      List.of("Experience", "Work Experience", "Employment", "Professional Experience"),
      List.of("工作经历", "工作经验", "工作经历", "工作经验")),
  VOLUNTEER(
      "volunteer",
      List.of("Volunteer", "Volunteering", "Volunteer Experience", "Volunteer Work"),
      List.of("志愿者经历", "志愿服务", "志愿者经历", "志愿服务经历")),
  EDUCATION(
      "education",
      List.of("Education", "Education", "Education and Training", "Academic Background"),
      List.of("教育背景", "教育经历", "教育背景", "教育经历")),
  AWARDS(
      "awards",
      List.of("Awards", "Honors", "Honors & Awards", "Awards and Grants"),
      List.of("获奖情况", "荣誉奖项", "获奖情况", "所获荣誉")),
  CERTIFICATES(
      "certificates",
      List.of("Certifications", "Certificates", "Licenses & Certifications", "Certifications"),
      List.of("证书", "资格证书", "证书", "职业资格")),
  PUBLICATIONS(
      "publications",
      List.of("Publications", "Publications", "Selected Publications", "Publications"),
      List.of("发表论文", "论文发表", "发表论文", "学术成果")),
  SKILLS(
      "skills",
      List.of("Skills", "Technical Skills", "Core Skills", "Skills"),
      List.of("专业技能", "技能", "专业技能", "技能特长")),
  LANGUAGES(
      "languages",
      List.of("Languages", "Languages", "Languages", "Language Skills"),
      List.of("语言能力", "语言能力", "外语能力", "语言能力")),
  INTERESTS(
      "interests",
      List.of("Interests", "Hobbies & Interests", "Interests", "Hobbies"),
      List.of("兴趣爱好", "兴趣爱好", "个人爱好", "兴趣爱好")),
  REFERENCES(
      "references",
      List.of("References", "References", "Referees", "References"),
      List.of("推荐人", "推荐人", "证明人", "推荐人")),
  PROJECTS(
      "projects",
      List.of("Projects", "Selected Projects", "Key Projects", "Projects"),
      List.of("项目经历", "项目经验", "项目经历", "主要项目"));

  private final @Nullable String key;

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> english;

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> chinese;

  Section(@Nullable String key, List<String> english, List<String> chinese) {
    this.key = key;
    this.english = english;
    this.chinese = chinese;
  }

  /** The top-level JSON Resume key this section renders, or null for the summary. */
  public @Nullable String key() {
    return key;
  }

  /** The heading for the given wording variant (any non-negative number; it wraps around). */
  public String heading(boolean chineseGold, int variant) {
    List<String> words = chineseGold ? chinese : english;
    return words.get(Math.floorMod(variant, words.size()));
  }

  /** Whether the section's entries are one line each (skill groups, languages, interests). */
  public boolean oneLine() {
    return this == SKILLS || this == LANGUAGES || this == INTERESTS;
  }

  /** The section a top-level JSON Resume key renders, if any. */
  public static @Nullable Section ofKey(String key) {
    for (Section section : values()) {
      if (key.equals(section.key)) {
        return section;
      }
    }
    return null;
  }
}
