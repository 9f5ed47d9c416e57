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
        return new CensusExport(settings.target()).write(request);
    }
}
