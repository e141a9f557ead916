package dev.vitae.extractor.layout;

import java.util.regex.Pattern;

/**
 * Word lists that tell a job title from an organization, a school or a place, in English and
 * Chinese. Used to read entry headers such as "Title, Employer, City" in any order.
 */
public final class Vocabulary {
  // Whole words, in any ASCII case.
  private static final String[] TITLE_EN_WORDS = {
    "engineer",
    "engineers",
    "developer",
    "programmer",
    "leader",
    "lead",
    "manager",
    "director",
    "architect",
    "intern",
    "internship",
    "consultant",
    "analyst",
    "scientist",
    "designer",
    "specialist",
    "officer",
    "president",
    "vp",
    "founder",
    "co-founder",
    "cto",
    "ceo",
    "cfo",
    "coo",
    "cio",
    "head",
    "sre",
    "devops",
    "administrator",
    "admin",
    "technician",
    "researcher",
    "assistant",
    "associate",
    "fellow",
    "professor",
    "lecturer",
    "teacher",
    "tutor",
    "instructor",
    "student",
    "trainee",
    "coordinator",
    "supervisor",
    "owner",
    "partner",
    "principal",
    "staff",
    "member",
    "contractor",
    "freelancer",
    "freelance",
    "editor",
    "writer",
    "maintainer",
    "committer",
    "contributor",
    "executive",
    "strategist",
    "advisor",
    "adviser",
    "chair",
    "chairman",
    "operator",
    "representative",
    "buyer",
    "seller",
    "salesperson",
    "accountant",
    "auditor",
    "attorney",
    "lawyer",
    "nurse",
    "physician",
    "doctor",
    "pm",
    "product manager",
    "tester",
    "qa",
    "swe",
    "sde",
    "sdet",
    "postdoc",
    "phd candidate",
    "research assistant",
    "teaching assistant",
    "ta",
    "ra",
    "apprentice",
    "clerk",
    "agent",
    "recruiter",
    "operations",
    "maintenance",
    "paralegal",
    "pharmacist",
    "therapist",
    "counselor",
    "counsellor",
    "mechanic",
    "electrician",
    "chef",
    "cashier",
    "receptionist",
    "secretary",
    "paramedic",
    "surgeon",
    "dentist",
    "librarian",
    "producer",
    "photographer",
    "illustrator",
    "journalist",
    "reporter",
    "translator",
    "interpreter",
    "pilot",
    "inspector",
    "surveyor",
    "foreman",
    "superintendent",
    "bookkeeper",
    "controller",
    "underwriter",
    "actuary",
    "economist",
    "statistician",
    "chemist",
    "biologist",
    "physicist",
    "planner"
  };
  // Anywhere, as written.
  private static final String[] TITLE_ZH_WORDS = {
    "工程师", "开发", "程序员", "经理", "总监", "主管", "架构师", "实习生", "实习", "顾问", "分析师", "科学家", "设计师", "专员",
    "负责人", "组长", "leader", "总裁", "副总", "创始人", "合伙人", "研究员", "助理", "教师", "讲师", "教授", "运维", "测试",
    "产品", "主任", "专家", "技术员", "站长", "队长", "部长", "主席", "干事", "职员"
  };
  // Whole words, in any ASCII case.
  private static final String[] ORG_EN_WORDS = {
    "inc",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "llc",
    "llp",
    "plc",
    "gmbh",
    "ag",
    "sa",
    "s.a",
    "bv",
    "pty",
    "group",
    "holdings",
    "technologies",
    "technology",
    "labs",
    "lab",
    "laboratory",
    "systems",
    "solutions",
    "software",
    "studio",
    "studios",
    "networks",
    "bank",
    "capital",
    "partners",
    "ventures",
    "consulting",
    "agency",
    "foundation",
    "institute",
    "university",
    "college",
    "school",
    "academy",
    "hospital",
    "center",
    "centre",
    "department",
    "ministry",
    "government",
    "council",
    "association",
    "society",
    "cloud",
    "games",
    "media",
    "interactive",
    "branch"
  };
  // Anywhere, as written.
  private static final String[] ORG_ZH_WORDS = {
    "公司", "集团", "有限", "科技", "网络", "银行", "研究院", "研究所", "大学", "学院", "学校", "医院", "中心", "工作室", "事务所",
    "分公司", "实验室", "基金会", "协会", "政府", "部门", "股份", "控股", "互联", "游戏", "软件", "信息", "技术"
  };
  // Whole words, in any ASCII case: a part of an organization rather than one.
  private static final String[] UNIT_EN_WORDS = {
    "department",
    "dept",
    "unit",
    "division",
    "team",
    "ward",
    "office",
    "desk",
    "practice",
    "section"
  };
  // Anywhere, as written.
  private static final String[] UNIT_ZH_WORDS = {"部门", "事业部", "科室", "团队", "小组"};
  // Whole words, in any ASCII case (accented letters as written).
  private static final String[] SCHOOL_EN_WORDS = {
    "university",
    "université",
    "universität",
    "universidad",
    "università",
    "college",
    "institute",
    "school",
    "academy",
    "polytechnic",
    "conservatory",
    "seminary",
    "école",
    "ecole",
    "hochschule",
    "gymnasium",
    "lycée",
    "iit",
    "mit"
  };
  // Anywhere, as written.
  private static final String[] SCHOOL_ZH_WORDS = {
    "大学", "学院", "学校", "中学", "高中", "研究院", "研究所", "职业技术", "党校", "科学院"
  };

  // Tries answer as the regex alternations of these words did, without trying each word at each
  // position: (?i)\b(?:…)\b for the English lists, (?:…) for the Chinese ones.
  private static final WordTrie TITLE_EN = WordTrie.wholeWords(TITLE_EN_WORDS);
  private static final WordTrie TITLE_ZH_ANYWHERE = WordTrie.anywhere(TITLE_ZH_WORDS);
  private static final WordTrie ORG_EN = WordTrie.wholeWords(ORG_EN_WORDS);
  private static final WordTrie ORG_ZH = WordTrie.anywhere(ORG_ZH_WORDS);
  private static final WordTrie UNIT_EN = WordTrie.wholeWords(UNIT_EN_WORDS);
  private static final WordTrie UNIT_ZH = WordTrie.anywhere(UNIT_ZH_WORDS);
  private static final WordTrie SCHOOL_EN = WordTrie.wholeWords(SCHOOL_EN_WORDS);
  private static final WordTrie SCHOOL_ZH = WordTrie.anywhere(SCHOOL_ZH_WORDS);

  // endOfTitle needs where the words end, so it keeps its regexes.
  private static final Pattern TITLE_ZH =
      Pattern.compile("(?:" + String.join("|", TITLE_ZH_WORDS) + ")");
  private static final Pattern TITLE_HEAD_EN =
      Pattern.compile(
          "(?i)\\b(?:engineer|developer|programmer|leader|lead|manager|director|architect|intern"
              + "|consultant|analyst|scientist|designer|specialist|officer|founder|cto|ceo|head|sre"
              + "|administrator|researcher|assistant|fellow|professor|lecturer|contributor|maintainer"
              + "|supervisor|coordinator|executive|associate|technician|tester|pmc)\\b(?:\\s+(?:I{1,3}|IV|V|\\d(?:\\.\\d)?)\\b)?");

  private Vocabulary() {}

  /** Whether the text holds a job-title word (Engineer, Manager, 工程师 …). */
  public static boolean hasTitleWord(String text) {
    return TITLE_EN.foundIn(text) || TITLE_ZH_ANYWHERE.foundIn(text);
  }

  /** Index just past the last title head noun in the text ("Tech Leader| ByteDance"), or -1. */
  public static int endOfTitle(String text) {
    var m = TITLE_HEAD_EN.matcher(text);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    var z = TITLE_ZH.matcher(text);
    while (z.find()) {
      end = Math.max(end, z.end());
    }
    return end;
  }

  /** Whether the text holds an organization word (Inc., Ltd, 公司, 集团 …). */
  public static boolean hasOrgWord(String text) {
    return ORG_EN.foundIn(text) || ORG_ZH.foundIn(text);
  }

  /** Whether the text names a unit of an organization (Department, Team, Ward, 部门 …). */
  public static boolean hasUnitWord(String text) {
    return UNIT_EN.foundIn(text) || UNIT_ZH.foundIn(text);
  }

  /** Whether the text names a school (University, College, 大学, 学院 …). */
  public static boolean hasSchoolWord(String text) {
    return SCHOOL_EN.foundIn(text) || SCHOOL_ZH.foundIn(text);
  }
}
