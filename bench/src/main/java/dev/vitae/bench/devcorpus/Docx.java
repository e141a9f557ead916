package dev.vitae.bench.devcorpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** What the DOCX renderers share: the page, the styles, and bytes that are the same every run. */
final class Docx {
  /** A4 with 2 cm margins: the width between the margins, in twentieths of a point. */
  static final int TEXT_WIDTH_TWIPS = 11906 - 2 * 1134;

  /** One twip in the drawing layer's English Metric Units. */
  static final int EMU_PER_TWIP = 635;

  // a fixed creation date and zip entry time keep the bytes the same from run to run
  private static final Instant FIXED_TIME = Instant.parse("2026-12-01T00:00:00Z");

  private Docx() {}

  /**
   * A new document on A4 with the styles the renderers use: {@code Title}, {@code Heading1} and
   * {@code Heading2}, over fonts that cover the gold's language.
   */
  static XWPFDocument newDocument(boolean chinese) {
    XWPFDocument doc = new XWPFDocument();
    doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(FIXED_TIME)));
    doc.getProperties().getCoreProperties().setCreator("vitae");
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(1134);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii("Calibri");
    fonts.setHAnsi("Calibri");
    fonts.setCs("Calibri");
    fonts.setEastAsia(chinese ? "Noto Sans CJK SC" : "Calibri");
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage(chinese ? "zh-CN" : "en-GB");
    if (chinese) {
      styles.setEastAsia("zh-CN");
    }
    styles.addStyle(style("Normal", "Normal", null, 21, false, -1));
    styles.addStyle(style("Title", "Title", "Normal", 44, true, -1));
    styles.addStyle(style("Heading1", "heading 1", "Normal", 28, true, 0));
    styles.addStyle(style("Heading2", "heading 2", "Normal", 22, true, 1));
    return doc;
  }

  private static XWPFStyle style(
      String id, String name, @Nullable String basedOn, int halfPoints, boolean bold, int outline) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
      style.addNewNext().setVal("Normal");
    } else {
      style.setDefault(true);
    }
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewSpacing().setAfter(BigInteger.valueOf(outline >= 0 ? 60 : 40));
    if (outline >= 0) {
      paragraph.addNewKeepNext();
      paragraph.getSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 240 : 60));
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
    }
    CTRPr run = style.addNewRPr();
    if (bold) {
      run.addNewB();
    }
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    return new XWPFStyle(style);
  }

  /** Adds a run of text to a paragraph. */
  static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setItalic(italic);
    return run;
  }

  /**
   * The document's bytes with every zip entry stamped with one fixed time, so the same gold gives
   * the same file.
   */
  static byte[] bytes(XWPFDocument doc) {
    try (doc) {
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      doc.write(written);
      ByteArrayOutputStream out = new ByteArrayOutputStream(written.size());
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          ZipEntry copy = new ZipEntry(entry.getName());
          copy.setTimeLocal(LocalDateTime.ofInstant(FIXED_TIME, ZoneOffset.UTC));
          zip.putNextEntry(copy);
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("a DOCX built in memory failed to write", e);
    }
  }
}
