package dev.vitae.parser.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Builds small PDFs for tests. Positions are in points from the top left of a Letter page. */
final class TestPdf {
  private static final float HEIGHT = PDRectangle.LETTER.getHeight();

  private final PDDocument document = new PDDocument();
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDFont dingbats = new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS);
  private PDFont garbled;
  private PDPage page;
  private PDPageContentStream content;

  static TestPdf create() {
    return new TestPdf();
  }

  /** Starts a new page; the first call to {@link #text} starts one too. */
  TestPdf page() {
    try {
      closeContent();
      page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestPdf text(float x, float y, float size, String text) {
    return text(x, y, size, false, text);
  }

  TestPdf bold(float x, float y, float size, String text) {
    return text(x, y, size, true, text);
  }

  TestPdf text(float x, float y, float size, boolean isBold, String text) {
    return show(isBold ? bold : regular, x, y, size, text);
  }

  /** Text in ZapfDingbats, an icon font without a Unicode map of its own. */
  TestPdf dingbat(float x, float y, float size, String text) {
    return show(dingbats, x, y, size, text);
  }

  /** Text in a font of the test's own making (an icon font, say). */
  TestPdf font(PDFont font, float x, float y, float size, String text) {
    return show(font, x, y, size, text);
  }

  /**
   * Text drawn in Helvetica whose ToUnicode map sends every character to the private use area, as
   * fonts with a broken Unicode map do: the page looks right, its text layer is garbage.
   */
  TestPdf garbled(float x, float y, float size, String text) {
    if (garbled == null) {
      garbled = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      COSStream cmap = new COSStream();
      String program =
          """
          /CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Garbled def
          1 begincodespacerange <00> <FF> endcodespacerange
          1 beginbfrange <20> <7E> <E020> endbfrange
          endcmap CMapName currentdict /CMap defineresource pop end end
          """;
      try (OutputStream out = cmap.createOutputStream()) {
        out.write(program.getBytes(StandardCharsets.US_ASCII));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      garbled.getCOSObject().setItem(COSName.TO_UNICODE, cmap);
    }
    return show(garbled, x, y, size, text);
  }

  /** A grey image (a scan, a photo) with its top left corner at ({@code x}, {@code top}). */
  TestPdf image(float x, float top, float width, float height) {
    if (content == null) {
      page();
    }
    BufferedImage picture = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
    try {
      PDImageXObject image = LosslessFactory.createFromImage(document, picture);
      content.drawImage(image, x, HEIGHT - top - height, width, height);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TestPdf show(PDFont font, float x, float y, float size, String text) {
    if (content == null) {
      page();
    }
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, HEIGHT - y);
      content.showText(text);
      content.endText();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Text whose letters are set {@code tracking} points apart (CSS letter-spacing), each letter
   * placed on its own as browsers draw it.
   */
  TestPdf spaced(float x, float y, float size, boolean isBold, float tracking, String text) {
    PDFont font = isBold ? bold : regular;
    float at = x;
    for (int i = 0; i < text.length(); i++) {
      String letter = text.substring(i, i + 1);
      show(font, at, y, size, letter);
      try {
        at += font.getStringWidth(letter) / 1000 * size + tracking;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  /**
   * A filled circle (four Bézier curves) of radius {@code r} centred at ({@code cx}, {@code cy}).
   */
  TestPdf circle(float cx, float cy, float r) {
    return path(
        c -> {
          float k = 0.5523f * r;
          float y = HEIGHT - cy;
          c.moveTo(cx + r, y);
          c.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
          c.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
          c.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
          c.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
          c.closePath();
          c.fill();
        });
  }

  /**
   * A filled circle of radius {@code r} centred at ({@code cx}, {@code cy}) drawn as Chromium's
   * Skia draws a list disc: sixteen Bézier curves, each a sixteenth of the turn.
   */
  TestPdf skiaDisc(float cx, float cy, float r) {
    return path(
        c -> {
          float y = HEIGHT - cy;
          double step = Math.PI / 8;
          // Control points of an arc of angle step: a tangent of (4/3) tan(step / 4) radii.
          float k = (float) (4.0 / 3.0 * Math.tan(step / 4)) * r;
          c.moveTo(cx + r, y);
          for (int i = 0; i < 16; i++) {
            double a = i * step;
            double b = a + step;
            c.curveTo(
                (float) (cx + r * Math.cos(a) - k * Math.sin(a)),
                (float) (y + r * Math.sin(a) + k * Math.cos(a)),
                (float) (cx + r * Math.cos(b) + k * Math.sin(b)),
                (float) (y + r * Math.sin(b) - k * Math.cos(b)),
                (float) (cx + r * Math.cos(b)),
                (float) (y + r * Math.sin(b)));
          }
          c.closePath();
          c.fill();
        });
  }

  /** A filled rectangle with its top left corner at ({@code x}, {@code top}). */
  TestPdf box(float x, float top, float width, float height) {
    return path(
        c -> {
          c.addRect(x, HEIGHT - top - height, width, height);
          c.fill();
        });
  }

  /** A stroked horizontal line at {@code y}. */
  TestPdf strokedLine(float x, float y, float width) {
    return path(
        c -> {
          c.moveTo(x, HEIGHT - y);
          c.lineTo(x + width, HEIGHT - y);
          c.stroke();
        });
  }

  /** A stroked square outline with its top left corner at ({@code x}, {@code top}). */
  TestPdf outline(float x, float top, float side) {
    return path(
        c -> {
          c.addRect(x, HEIGHT - top - side, side, side);
          c.stroke();
        });
  }

  /** Raw path operators, for shapes the other methods do not draw. */
  TestPdf path(PathDrawing drawing) {
    if (content == null) {
      page();
    }
    try {
      drawing.draw(content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Draws on a page's content stream. */
  interface PathDrawing {
    void draw(PDPageContentStream content) throws IOException;
  }

  /** Width of {@code text} in the bold font at {@code size}. */
  float boldWidth(String text, float size) {
    try {
      return bold.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Width of {@code text} in the regular font at {@code size}. */
  float width(String text, float size) {
    try {
      return regular.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A URI link over the box whose top left corner is at ({@code x}, {@code top}). */
  TestPdf link(float x, float top, float width, float height, String uri) {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(x, HEIGHT - top - height, width, height));
    PDActionURI action = new PDActionURI();
    action.setURI(uri);
    link.setAction(action);
    try {
      page.getAnnotations().add(link);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes() {
    return save(null);
  }

  /** The document encrypted; an empty user password opens it without asking. */
  byte[] encrypted(String ownerPassword, String userPassword) {
    AccessPermission permissions = new AccessPermission();
    permissions.setCanExtractContent(false);
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
    policy.setEncryptionKeyLength(128);
    return save(policy);
  }

  private byte[] save(StandardProtectionPolicy policy) {
    try {
      if (document.getNumberOfPages() == 0) {
        page();
      }
      closeContent();
      if (policy != null) {
        document.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeContent() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }
}
