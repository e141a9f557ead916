package dev.vitae.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String CHINESE = "个人简历\n姓名：张三\n工作经历：2019年至今在北京负责后端开发，熟悉分布式系统与数据库。\n";
  private static final String TRADITIONAL = "個人簡歷\n姓名：陳大文\n工作經歷：2019年至今在台北負責後端開發，熟悉分散式系統與資料庫。\n";

  @Test
  void decodesUtf8() {
    DecodedText text = TextDecoder.decode(CHINESE.getBytes(StandardCharsets.UTF_8));
    assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(text.text()).isEqualTo(CHINESE);
  }

  @Test
  void stripsUtf8ByteOrderMark() {
    byte[] bytes =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("Jane", "UTF-8"));
    assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Jane");
  }

  @Test
  void decodesUtf16WithByteOrderMark() {
    assertThat(TextDecoder.decode(bytes("Jane 简历", "UTF-16")).text()).isEqualTo("Jane 简历");
    byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes("Jane 简历", "UTF-16LE"));
    assertThat(TextDecoder.decode(little).text()).isEqualTo("Jane 简历");
  }

  @Test
  void decodesUtf16WithoutByteOrderMark() {
    String text = "Jane Doe\nEngineer 工程师\n";
    assertThat(TextDecoder.decode(bytes(text, "UTF-16LE")).text()).isEqualTo(text);
    assertThat(TextDecoder.decode(bytes(text, "UTF-16BE")).text()).isEqualTo(text);
  }

  @Test
  void decodesGbk() {
    DecodedText text = TextDecoder.decode(bytes(CHINESE, "GBK"));
    assertThat(text.charset().name()).isEqualTo("GB18030");
    assertThat(text.text()).isEqualTo(CHINESE);
  }

  @Test
  void decodesBig5() {
    DecodedText text = TextDecoder.decode(bytes(TRADITIONAL, "Big5"));
    assertThat(text.charset().name()).isEqualTo("Big5");
    assertThat(text.text()).isEqualTo(TRADITIONAL);
  }

  @Test
  void decodesWindows1252() {
    String text = "Résumé – José García, “Senior” engineer, naïve café\n";
    DecodedText decoded = TextDecoder.decode(bytes(text, "windows-1252"));
    assertThat(decoded.charset().name()).isEqualTo("windows-1252");
    assertThat(decoded.text()).isEqualTo(text);
  }

  @Test
  void decodesLatin1AsWindows1252() {
    String text = "Curriculum: Müller, Zürich, Straße\n";
    assertThat(TextDecoder.decode(bytes(text, "ISO-8859-1")).text()).isEqualTo(text);
  }

  @Test
  void readsBytesUndefinedInWindows1252AsLatin1() {
    byte[] bytes = {'a', (byte) 0x81, 'b', (byte) 0x80};
    assertThat(TextDecoder.decode(bytes).text()).isEqualTo("a\u0081b€");
  }

  @Test
  void decodesPrefixCutInsideACharacter() {
    byte[] bytes = CHINESE.getBytes(StandardCharsets.UTF_8);
    DecodedText text = TextDecoder.decodePrefix(bytes, 5);
    assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(text.text()).isEqualTo("个");
  }

  @Test
  void measuresShareOfOrdinaryText() {
    assertThat(TextDecoder.textShare("plain text\n")).isEqualTo(1.0);
    assertThat(TextDecoder.textShare("\u0001\u0002ab")).isEqualTo(0.5);
  }

  private static byte[] bytes(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
