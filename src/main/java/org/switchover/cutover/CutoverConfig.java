package org.switchover.cutover;

import java.util.List;

/** Cutover defaults that apply when neither switchover.yml ({@link org.switchover.config.ConfigFile}) nor the command line says otherwise. */
public final class CutoverConfig {
    /** Roles whose sign-off the final load needs when neither the file nor the command line names any. */
    public static final List<String> DEFAULT_REQUIRED_ROLES = List.of("Head of Service, Child Protection");

    private CutoverConfig() {
    }
}
