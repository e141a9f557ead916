package dev.vitae.bench.devcorpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;

/** Small invented resumes for the renderer tests: two jobs (one ongoing), a school, a project. */
final class Fixtures {
  private Fixtures() {}

  /** English, with the characters every format must escape. */
  static final String ENGLISH_JSON =
      """
      {
        "basics": {
          "name": "Ada Example",
          "label": "Data & Platform Engineer",
          "email": "ada@example.com",
          "phone": "+14155550123",
          "summary": "Builds 100% reliable pipelines for R&D teams; cut costs by $2M.",
          "location": {"city": "San Francisco", "region": "CA", "countryCode": "US"},
          "profiles": [
            {"network": "GitHub", "username": "ada_ex", "url": "https://github.com/ada_ex"}
          ]
        },
        "work": [
          {
            "name": "Acme & Sons",
            "position": "Senior Engineer",
            "location": "Berlin",
            "startDate": "2021-06",
            "highlights": ["Cut cloud costs by 30%", "Moved <legacy> jobs to k8s_cluster #1"]
          },
          {
            "name": "Globex",
            "position": "Engineer",
            "startDate": "2019-01",
            "endDate": "2021-05",
            "summary": "Built the billing {core} with ~5 people at ^2 speed."
          }
        ],
        "education": [
          {
            "institution": "Example University",
            "area": "Computer Science",
            "studyType": "Bachelor",
            "startDate": "2015",
            "endDate": "2019",
            "score": "3.8/4.0"
          }
        ],
        "skills": [{"name": "Languages", "keywords": ["Java", "Go"]}],
        "projects": [
          {
            "name": "tiny_kv",
            "description": "A key-value store.",
            "startDate": "2020-03",
            "url": "https://example.com/tiny_kv",
            "roles": ["Author"],
            "highlights": ["Raft replication"]
          }
        ]
      }
      """;

  /** Chinese, with a bilingual line. */
  static final String CHINESE_JSON =
      """
      {
        "basics": {
          "name": "王小明",
          "label": "高级后端工程师 Senior Backend Engineer",
          "email": "xm@example.cn",
          "phone": "+8613800138000",
          "summary": "八年后端开发经验，熟悉高并发系统。",
          "location": {"city": "深圳", "region": "广东", "countryCode": "CN"},
          "profiles": [{"network": "WeChat", "username": "xm_wang"}]
        },
        "work": [
          {
            "name": "深圳蓝海科技有限公司",
            "position": "高级工程师",
            "startDate": "2020-03",
            "highlights": ["负责订单系统的设计与开发", "QPS提升50%"]
          },
          {
            "name": "广州星辰网络有限公司",
            "position": "工程师",
            "startDate": "2017-07",
            "endDate": "2020-02",
            "summary": "参与支付平台开发。"
          }
        ],
        "education": [
          {
            "institution": "华南理工大学",
            "area": "计算机科学与技术",
            "studyType": "Bachelor",
            "startDate": "2013-09",
            "endDate": "2017-06"
          }
        ],
        "skills": [{"name": "后端", "keywords": ["Java", "Go", "MySQL"]}],
        "languages": [{"language": "English", "fluency": "CET-6"}],
        "projects": [
          {
            "name": "订单中台",
            "entity": "深圳蓝海科技有限公司",
            "startDate": "2021-01",
            "endDate": "2021-12",
            "description": "统一订单服务。"
          }
        ]
      }
      """;

  static Gold english() {
    return Gold.of("en-test", resume(ENGLISH_JSON));
  }

  static Gold chinese() {
    return Gold.of("zh-test", resume(CHINESE_JSON));
  }

  static Resume resume(String json) {
    try {
      return ResumeJson.mapper().readValue(json, Resume.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a fixture is not a JSON Resume", e);
    }
  }

  /** The renderer of that name. */
  static Renderer renderer(String name) {
    return Renderers.all().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no renderer " + name));
  }

  /** A text renderer's output. */
  static String text(String renderer, Gold gold) {
    return new String(renderer(renderer).render(gold), java.nio.charset.StandardCharsets.UTF_8);
  }
}
