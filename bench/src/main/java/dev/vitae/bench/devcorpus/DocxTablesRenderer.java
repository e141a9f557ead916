package dev.vitae.bench.devcorpus;

import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * {@code docx-poi-tables}: a Word document built with Apache POI's XWPF, laid out with borderless
 * tables: the name in the {@code Title} style, section headings in {@code Heading1}, and one
 * two-column table per entry (the dates and place on the left; the title in {@code Heading2}, the
 * employer, details and bullets on the right). Bullets are paragraphs of a bulleted numbering list;
 * skills, languages and interests are two-column tables of their own.
 */
final class DocxTablesRenderer implements Renderer {
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.MON_YEAR, " – ", "Present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.DOT, " – ", "至今");
  private static final int LEFT_TWIPS = 2268;

  @Override
  public String name() {
    return "docx-poi-tables";
  }

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public byte[] render(Gold gold) {
    Words words = Words.of(gold, 1);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.INTERNATIONAL);
    XWPFDocument doc = Docx.newDocument(gold.chinese());
    BigInteger bullets = bulletList(doc);
    XWPFParagraph title = doc.createParagraph();
    title.setStyle("Title");
    Docx.run(title, outline.header().name(), false, false);
    if (outline.header().label() != null) {
      Docx.run(doc.createParagraph(), outline.header().label(), false, true);
    }
    List<String> contacts = outline.header().plainContacts(false, words.colon());
    List<String> profiles = outline.header().plainContacts(true, words.colon());
    if (!contacts.isEmpty()) {
      Docx.run(doc.createParagraph(), String.join("  |  ", contacts), false, false);
    }
    if (!profiles.isEmpty()) {
      Docx.run(doc.createParagraph(), String.join("  |  ", profiles), false, false);
    }
    for (Part part : outline.parts()) {
      XWPFParagraph heading = doc.createParagraph();
      heading.setStyle("Heading1");
      Docx.run(heading, part.heading(), false, false);
      if (part.prose() != null) {
        Docx.run(doc.createParagraph(), part.prose(), false, false);
      }
      if (part.section().oneLine()) {
        XWPFTable table = table(doc, part.entries().size());
        for (int i = 0; i < part.entries().size(); i++) {
          Entry entry = part.entries().get(i);
          XWPFTableRow row = table.getRow(i);
          Docx.run(first(row.getCell(0)), entry.title(), true, false);
          if (entry.value() != null) {
            Docx.run(first(row.getCell(1)), entry.value(), false, false);
          }
        }
        continue;
      }
      for (Entry entry : part.entries()) {
        entry(doc, part.section(), entry, words, dates, bullets);
      }
    }
    return Docx.bytes(doc);
  }

  private static void entry(
      XWPFDocument doc,
      Section section,
      Entry entry,
      Words words,
      DateFormat dates,
      BigInteger bullets) {
    XWPFTableRow row = table(doc, 1).getRow(0);
    XWPFTableCell left = row.getCell(0);
    XWPFTableCell right = row.getCell(1);
    String when = dates.format(entry.period());
    if (when != null) {
      Docx.run(first(left), when, false, false);
    }
    if (entry.place() != null) {
      Docx.run(when == null ? first(left) : left.addParagraph(), entry.place(), false, true);
    }
    List<String> lead = Phrases.lead(section, entry, false, words);
    XWPFParagraph head = first(right);
    head.setStyle("Heading2");
    if (!lead.isEmpty()) {
      Docx.run(head, lead.get(0), false, false);
    }
    if (lead.size() > 1) {
      Docx.run(
          right.addParagraph(),
          String.join(words.separator(), lead.subList(1, lead.size())),
          false,
          true);
    }
    for (Fact fact : entry.facts()) {
      Docx.run(right.addParagraph(), words.labelled(fact.label(), fact.value()), false, false);
    }
    if (entry.url() != null) {
      Docx.run(right.addParagraph(), entry.url(), false, false);
    }
    if (entry.text() != null) {
      Docx.run(right.addParagraph(), entry.text(), false, false);
    }
    for (String bullet : entry.bullets()) {
      XWPFParagraph item = right.addParagraph();
      item.setNumID(bullets);
      item.setNumILvl(BigInteger.ZERO);
      Docx.run(item, bullet, false, false);
    }
    // an empty paragraph between tables keeps Word from merging them into one
    doc.createParagraph().setSpacingAfter(0);
  }

  // a borderless fixed-width table of two columns
  private static XWPFTable table(XWPFDocument doc, int rows) {
    XWPFTable table = doc.createTable(rows, 2);
    // explicit "none" borders, so that no table style can draw lines
    table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setWidth(Integer.toString(Docx.TEXT_WIDTH_TWIPS));
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    grid.addNewGridCol().setW(BigInteger.valueOf(LEFT_TWIPS));
    grid.addNewGridCol().setW(BigInteger.valueOf(Docx.TEXT_WIDTH_TWIPS - LEFT_TWIPS));
    for (XWPFTableRow row : table.getRows()) {
      row.getCell(0).setWidth(Integer.toString(LEFT_TWIPS));
      row.getCell(1).setWidth(Integer.toString(Docx.TEXT_WIDTH_TWIPS - LEFT_TWIPS));
    }
    return table;
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
  }

  // a numbering definition of one bulleted level, and the id paragraphs refer to it by
  private static BigInteger bulletList(XWPFDocument doc) {
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.ONE);
    CTLvl level = abstractNum.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("•");
    CTInd indent = level.addNewPPr().addNewInd();
    indent.setLeft(BigInteger.valueOf(360));
    indent.setHanging(BigInteger.valueOf(240));
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
    return numbering.addNum(abstractId);
  }
}
