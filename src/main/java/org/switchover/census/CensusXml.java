package org.switchover.census;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes the census message with StAX, one element at a time, so a large return never sits in memory as a tree.
 * Rows are the census queries' columns by element name (the project's returns/cin-census/*.sql): a NULL leaves its optional element out;
 * a column named {@code Wrapper/Item} holds a comma list written as one wrapper with an item per value.
 */
final class CensusXml implements AutoCloseable {
    static final List<String> CHILD_IDENTIFIERS = List.of("LAchildID", "UPN", "PersonBirthDate", "ExpectedPersonBirthDate",
            "GenderCurrent", "PersonDeathDate");
    static final List<String> CHILD_CHARACTERISTICS = List.of("Ethnicity", "Disabilities/Disability");
    static final List<String> CIN_DETAILS_HEAD = List.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode",
            "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC");
    static final String REFERRAL_NFA = "ReferralNFA";
    /** The software code the header names; the DfE asks each supplier for one. */
    static final String SOFTWARE_CODE = "switchover";

    /** xs:dateTime with its seconds always written. */
    private static final DateTimeFormatter WRITTEN_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final XMLStreamWriter xml;

    CensusXml(OutputStream out) throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    }

    void start(CensusRequest request, String release, LocalDateTime now) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Message");
        xml.writeStartElement("Header");
        xml.writeStartElement("CollectionDetails");
        text("Collection", "CIN");
        text("Year", String.valueOf(request.year()));
        text("ReferenceDate", request.lastDay().toString());
        xml.writeEndElement();
        xml.writeStartElement("Source");
        text("SourceLevel", "L");
        text("LEA", request.la());
        text("SoftwareCode", SOFTWARE_CODE);
        text("Release", release);
        text("SerialNo", "001");
        // always with seconds: LocalDateTime.toString() drops ":00", which xs:dateTime refuses (one file a minute in 60)
        text("DateTime", WRITTEN_AT.format(now));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Children");
    }

    void startChild(Map<String, String> row) throws XMLStreamException {
        xml.writeStartElement("Child");
        group("ChildIdentifiers", row, CHILD_IDENTIFIERS);
        group("ChildCharacteristics", row, CHILD_CHARACTERISTICS);
    }

    void endChild() throws XMLStreamException {
        xml.writeEndElement();
    }

    /** One CINdetails: its own elements, the year's assessments, CIN plans and S47s, the NFA flag, then its CP plans. */
    void cinDetails(Map<String, String> row, List<Map<String, String>> assessments, List<Map<String, String>> cinPlans,
                    List<Map<String, String>> section47, List<Map<String, String>> cpPlans) throws XMLStreamException {
        xml.writeStartElement("CINdetails");
        elements(row, CIN_DETAILS_HEAD);
        groups("Assessments", assessments);
        groups("CINPlanDates", cinPlans);
        groups("Section47", section47);
        text(REFERRAL_NFA, row.get(REFERRAL_NFA));
        groups("ChildProtectionPlans", cpPlans);
        xml.writeEndElement();
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }

    private void groups(String name, List<Map<String, String>> rows) throws XMLStreamException {
        for (Map<String, String> row : rows) {
            group(name, row, List.copyOf(row.keySet()));
        }
    }

    private void group(String name, Map<String, String> row, List<String> columns) throws XMLStreamException {
        xml.writeStartElement(name);
        elements(row, columns);
        xml.writeEndElement();
    }

    private void elements(Map<String, String> row, List<String> columns) throws XMLStreamException {
        for (String column : columns) {
            String value = row.get(column);
            if (value == null) {
                continue;
            }
            int slash = column.indexOf('/');
            if (slash < 0) {
                text(column, value);
                continue;
            }
            xml.writeStartElement(column.substring(0, slash));
            for (String item : value.split(",")) {
                text(column.substring(slash + 1), item);
            }
            xml.writeEndElement();
        }
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
