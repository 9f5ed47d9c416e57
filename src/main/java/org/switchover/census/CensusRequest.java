package org.switchover.census;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a census return is asked for: the census year (named by its end: 2019 is 1 April 2018 to 31 March 2019), the
 * local authority's three-digit DfE code and the file to write. {@link #problems()} names every bad value at once.
 */
public record CensusRequest(int year, String la, Path out) {
    /** The first census year the DfE collected in this form (2008 to 2009); earlier years are typing mistakes. */
    public static final int FIRST_YEAR = 2009;
    /** Last census year accepted; a year this far ahead is a typing mistake too. */
    public static final int LAST_YEAR = 2100;

    public LocalDate firstDay() {
        return LocalDate.of(year - 1, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 3, 31);
    }

    /** Every problem with the request, in option order; empty when it can run. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add("--year must be the census year's end, " + FIRST_YEAR + " to " + LAST_YEAR + ", got: " + year);
        }
        if (la == null || !la.matches("\\d{3}")) {
            problems.add("--la must be the local authority's three-digit DfE code (e.g. 840), got: " + la);
        }
        if (out == null) {
            problems.add("--out is required: the census XML file to write");
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (Files.isDirectory(out)) {
                problems.add("--out " + out + " is a directory: give the XML file to write");
            } else if (parent == null || !Files.isDirectory(parent)) {
                problems.add("--out " + out + ": the directory " + parent + " does not exist");
            } else if (!Files.isWritable(parent)) {
                problems.add("--out " + out + ": the directory " + parent + " is not writable");
            }
        }
        return problems;
    }
}
