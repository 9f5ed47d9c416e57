package org.switchover.operation;

import org.switchover.census.CensusExport;
import org.switchover.census.CensusRequest;
import org.switchover.census.CensusResult;
import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;

/** `census`: the DfE CIN census return of a census year, written from the target; refuses bad values before reading anything. */
public record CensusOperation(SwitchoverSettings settings, CensusRequest request) {
    public CensusResult run() {
        settings.require(Need.TARGET_DATABASE);
        if (!request.problems().isEmpty()) {
            throw new ConfigurationException(String.join("; ", request.problems()));
        }
        if (!java.nio.file.Files.isRegularFile(settings.project().cinCensus().resolve("episodes.sql"))) {
            throw new ConfigurationException("the project has no census queries: " + settings.project().cinCensus()
                    + "/episodes.sql does not exist (copy returns/cin-census/ from the root project and adapt it to your target)");
        }
        return new CensusExport(settings.target(), settings.project().cinCensus()).write(request);
    }
}
