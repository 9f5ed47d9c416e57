package org.switchover.operation;

import org.switchover.config.ConfigProblem;
import org.switchover.config.SwitchoverSettings;
import org.switchover.mapping.FixtureRunner;
import org.switchover.mapping.MappingSet;
import org.switchover.transform.TransformSettings;

import java.util.List;

/** `validate`: checks every mapping and code-map file, then, when they are sound, runs their given/expect fixtures. */
public record ValidateOperation(SwitchoverSettings settings) {
    public ValidationResult run() {
        TransformSettings transforms = new TransformSettings(settings.asOf());
        List<ConfigProblem> problems = MappingSet.check(settings.mappings(), transforms);
        if (!problems.isEmpty()) {
            return new ValidationResult(settings.mappings(), problems, 0, 0, List.of(), null);
        }
        MappingSet set = MappingSet.load(settings.mappings(), transforms);
        return new ValidationResult(settings.mappings(), List.of(), set.files().size(), FixtureRunner.count(set),
                FixtureRunner.run(set), set.hash());
    }
}
