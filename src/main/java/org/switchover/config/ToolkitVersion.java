package org.switchover.config;

/** The toolkit version from the jar manifest; runs and sign-offs record it. */
public final class ToolkitVersion {
    /** Reported when running from classes rather than the packaged jar. */
    public static final String DEVELOPMENT_VERSION = "development";

    public static String current() {
        String version = ToolkitVersion.class.getPackage().getImplementationVersion();
        return version == null ? DEVELOPMENT_VERSION : version;
    }

    private ToolkitVersion() {
    }
}
