package dev.vitae.extractor.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordListsTest {
  @Test
  void splitsOnCommasAndKeepsSlashedTermsWhole() {
    assertThat(KeywordLists.split("Linux, TCP/IP, CentOS 7/8, Windows Server"))
        .containsExactly("Linux", "TCP/IP", "CentOS 7/8", "Windows Server");
  }

  @Test
  void splitsOnSlashesWhenThereAreNoCommas() {
    assertThat(KeywordLists.split("Rust/Haskell/OCaml"))
        .containsExactly("Rust", "Haskell", "OCaml");
  }

  @Test
  void splitsChineseEnumerationMarks() {
    assertThat(KeywordLists.split("Spring、MyBatis、Redis；MySQL"))
        .containsExactly("Spring", "MyBatis", "Redis", "MySQL");
  }

  @Test
  void flattensAParenthesizedList() {
    assertThat(KeywordLists.split("Mercurial (hg, evolve), Perforce"))
        .containsExactly("Mercurial", "hg", "evolve", "Perforce");
    assertThat(KeywordLists.split("数据库（PostgreSQL、SQLite）"))
        .containsExactly("数据库", "PostgreSQL", "SQLite");
  }

  @Test
  void dropsEtcAndStopsAtProse() {
    assertThat(
            KeywordLists.split(
                "Azure, GCP, using Terraform modules for every environment we ran. Also more."))
        .containsExactly("Azure", "GCP");
    assertThat(KeywordLists.split("Ansible, Puppet, etc.")).containsExactly("Ansible", "Puppet");
    assertThat(KeywordLists.split("gcp azure 熟悉各云平台的计费模型")).containsExactly("gcp", "azure");
  }

  @Test
  void splitsOnWideGapsAndSingleSpacesKeepingMultiWordTerms() {
    assertThat(KeywordLists.split("Gradle  Bazel")).containsExactly("Gradle", "Bazel");
    assertThat(KeywordLists.split("Rust Haskell Deep Learning Data Platform"))
        .containsExactly("Rust", "Haskell", "Deep Learning", "Data Platform");
  }
}
