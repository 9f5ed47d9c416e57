package org.switchover.cli;

import org.switchover.census.CensusExport;
import org.switchover.census.CensusResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Writes the DfE Children in Need census XML of a census year from the target. */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = {"Writes the DfE Children in Need census return (XML, CIN census schema) for a census year from the target:",
                "every child with a CIN episode in the year, with its assessments, CIN plans, Section 47 enquiries and CP plans.",
                "What the schema cannot carry (a missing mandatory date or flag, a withdrawn factor code) is left out and",
                "listed in OUT.held-back.csv by legacy reference. Refuses bad options with exit 2."})
final class CensusCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--year", paramLabel = "YEAR", required = true,
            description = "The census year, named by its end: 2019 is 1 April 2018 to 31 March 2019.")
    int year;

    @Option(names = "--la", paramLabel = "CODE", required = true, description = "The local authority's three-digit DfE code, e.g. 840.")
    String la;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The XML file to write, e.g. cin_census_2019.xml.")
    Path out;

    @Override
    public Integer call() {
        CensusResult result = target.configure().build().census(year, la, out);
        System.out.println("census " + year + " for LA " + la + ": " + result.children() + " children, " + result.episodes()
                + " CIN episodes, " + result.bytes() + " bytes in " + String.format("%.1f", result.seconds()) + " s: " + out);
        Map<String, Integer> held = new TreeMap<>();
        result.heldBack().forEach(h -> held.merge(h.element() + " (" + h.reason() + ")", 1, Integer::sum));
        held.forEach((what, n) -> System.out.println("held back: " + n + " " + what));
        if (!held.isEmpty()) {
            System.out.println("held back records, by legacy reference: " + CensusExport.heldBackFile(out));
        }
        return ExitCodes.OK;
    }
}
