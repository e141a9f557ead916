package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.normalize.Networks.Network;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NetworksTest {
  @Test
  void findsWordsWhereTheRegexRuleDoes() {
    String alphabet = "abA -中";
    List<String> words = List.of("ab", "aba", "b a", "中", "a中a");
    Random random = new Random(20261122);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (String word : words) {
        Pattern bounded = Pattern.compile("(?<![a-z])" + Pattern.quote(word) + "(?![a-z])");
        assertThat(Networks.lastWordAt(text, word, true))
            .as("'%s' in '%s'", word, text)
            .isEqualTo(lastStart(bounded, text));
        Pattern bare = Pattern.compile(Pattern.quote(word));
        assertThat(Networks.lastWordAt(text, word, false))
            .as("'%s' in '%s'", word, text)
            .isEqualTo(lastStart(bare, text));
      }
    }
  }

  private static int lastStart(Pattern pattern, String text) {
    int last = -1;
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  @Test
  void namesTheNetworkMentionedLast() {
    assertThat(Networks.findLastMention("GitHub below, or add my WeChat")).contains(Network.WECHAT);
    assertThat(Networks.findLastMention("微信或者github")).contains(Network.GITHUB);
    assertThat(Networks.findLastMention("mywechat")).isEmpty();
  }

  @Test
  void readsGithubUserFromUrl() {
    assertThat(Networks.fromUrl("https://github.com/ada-l"))
        .contains(new Profile("GitHub", "ada-l", "https://github.com/ada-l"));
  }

  @Test
  void repositoryUrlIsNotAProfile() {
    assertThat(Networks.fromUrl("https://github.com/ada-l/engine")).isEmpty();
    assertThat(Networks.isNetworkUrl("https://github.com/ada-l/engine")).isTrue();
  }

  @Test
  void readsLinkedinUserFromInPath() {
    assertThat(Networks.fromUrl("https://www.linkedin.com/in/grace-h/"))
        .map(Profile::username)
        .contains("grace-h");
  }

  @Test
  void readsTwitterAndXAsTwitter() {
    assertThat(Networks.fromUrl("https://x.com/@lin_dev"))
        .map(Profile::network)
        .contains("Twitter");
    assertThat(Networks.fromUrl("twitter.com/lin_dev")).map(Profile::username).contains("lin_dev");
  }

  @Test
  void readsChineseNetworks() {
    assertThat(Networks.fromUrl("https://www.zhihu.com/people/wang-wei"))
        .map(Profile::network)
        .contains("Zhihu");
    assertThat(Networks.fromUrl("https://blog.csdn.net/coder_li"))
        .map(Profile::username)
        .contains("coder_li");
    assertThat(Networks.fromUrl("https://juejin.cn/user/123456"))
        .map(Profile::network)
        .contains("Juejin");
  }

  @Test
  void readsMediumSubdomainAndYoutubeUser() {
    assertThat(Networks.fromUrl("https://sam.medium.com")).map(Profile::username).contains("sam");
    assertThat(Networks.fromUrl("https://www.youtube.com/user/SamTalks"))
        .map(Profile::username)
        .contains("SamTalks");
  }

  @Test
  void personalSiteIsNoProfile() {
    assertThat(Networks.fromUrl("https://ada.dev")).isEmpty();
    assertThat(Networks.isNetworkUrl("https://ada.dev")).isFalse();
  }

  @Test
  void findsNetworkFromLabel() {
    assertThat(Networks.findNetwork("Github")).contains(Network.GITHUB);
    assertThat(Networks.findNetwork("微信号")).contains(Network.WECHAT);
    assertThat(Networks.findNetwork("QQ/微信")).contains(Network.WECHAT);
    assertThat(Networks.findNetwork("Phone")).isEmpty();
  }

  @Test
  void readsLabelledHandles() {
    assertThat(Networks.fromHandle(Network.GITHUB, "@kim42"))
        .contains(new Profile("GitHub", "kim42", null));
    assertThat(Networks.fromHandle(Network.LINKEDIN, "/in/kim-lee"))
        .map(Profile::username)
        .contains("kim-lee");
    assertThat(Networks.fromHandle(Network.WECHAT, "wx_kim (preferred)"))
        .map(Profile::username)
        .contains("wx_kim");
  }

  @Test
  void decodesBase64ShellCommand() {
    // "lin_chat" in base64.
    assertThat(Networks.decodeShellBase64("add me: echo -n 'bGluX2NoYXQ=' | base64 -d"))
        .contains("lin_chat");
    assertThat(Networks.decodeShellBase64("echo bGluX2NoYXQK | base64 --decode"))
        .contains("lin_chat");
    assertThat(Networks.fromHandle(Network.WECHAT, "echo \"bGluX2NoYXQ=\" | base64 -d"))
        .map(Profile::username)
        .contains("lin_chat");
  }

  @Test
  void rejectsBase64ThatIsNotText() {
    assertThat(Networks.decodeShellBase64("echo -n '////' | base64 -d")).isEmpty();
    assertThat(Networks.decodeShellBase64("echo hello")).isEmpty();
  }

  @Test
  void findsLastNetworkMentionedInProse() {
    assertThat(Networks.findLastMention("mail me or ping my WeChat ")).contains(Network.WECHAT);
    assertThat(Networks.findLastMention("nothing here")).isEmpty();
  }
}
