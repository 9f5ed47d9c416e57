package org.switchover.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The cells of an .xlsx workbook as text, sheet by sheet in the workbook's order, read from its XML without a
 * spreadsheet library: shared and inline strings alike, an absent cell as "", each row as wide as the sheet's widest.
 */
public final class XlsxSheets {
    private XlsxSheets() {
    }

    /** Sheet name to its rows of cells. */
    public static Map<String, List<List<String>>> read(Path workbook) throws Exception {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            List<String> shared = new ArrayList<>();
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            if (strings != null) {
                NodeList items = parse(zip, strings).getElementsByTagName("si");
                for (int i = 0; i < items.getLength(); i++) {
                    shared.add(items.item(i).getTextContent());
                }
            }
            NodeList sheets = parse(zip, zip.getEntry("xl/workbook.xml")).getElementsByTagName("sheet");
            Map<String, List<List<String>>> read = new LinkedHashMap<>();
            for (int s = 0; s < sheets.getLength(); s++) {
                String name = ((Element) sheets.item(s)).getAttribute("name");
                read.put(name, rows(parse(zip, zip.getEntry("xl/worksheets/sheet" + (s + 1) + ".xml")), shared));
            }
            return read;
        }
    }

    private static List<List<String>> rows(Document sheet, List<String> shared) {
        List<List<String>> rows = new ArrayList<>();
        int width = 0;
        NodeList rowNodes = sheet.getElementsByTagName("row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            Element row = (Element) rowNodes.item(r);
            int number = Integer.parseInt(row.getAttribute("r"));
            while (rows.size() < number) {
                rows.add(new ArrayList<>());
            }
            List<String> cells = rows.get(number - 1);
            NodeList cellNodes = row.getElementsByTagName("c");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                int column = column(cell.getAttribute("r"));
                while (cells.size() <= column) {
                    cells.add("");
                }
                String type = cell.getAttribute("t");
                String text = "s".equals(type) ? shared.get(Integer.parseInt(cell.getTextContent().trim()))
                        : cell.getTextContent();
                cells.set(column, text);
            }
            width = Math.max(width, cells.size());
        }
        for (List<String> row : rows) {
            while (row.size() < width) {
                row.add("");
            }
        }
        return rows;
    }

    /** The 0-based column of a cell reference such as "AB12". */
    private static int column(String reference) {
        int column = 0;
        for (char ch : reference.toCharArray()) {
            if (Character.isDigit(ch)) {
                break;
            }
            column = column * 26 + (ch - 'A' + 1);
        }
        return column - 1;
    }

    private static Document parse(ZipFile zip, ZipEntry entry) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = zip.getInputStream(entry)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
