package org.switchover.serve;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.switchover.config.ConfigurationException;
import org.switchover.config.ServeSettings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * The one connector serve listens on: HTTPS from the configured keystore (its password from
 * {@value ServeSettings#KEYSTORE_PASSWORD_ENV}), or plain HTTP, which is refused on any address but loopback because
 * passwords and children's records would cross the network in clear.
 */
final class Listener {
    private Listener() {
    }

    /** Checks what can be checked before the server starts; {@code environment} gives the keystore password. */
    static void check(ServeSettings settings, Map<String, String> environment) {
        if (settings.keystore() == null) {
            if (!loopback(settings.bind())) {
                throw new ConfigurationException("--bind " + settings.bind() + " is not a loopback address: serving beyond this machine"
                        + " needs TLS (--keystore FILE, password in " + ServeSettings.KEYSTORE_PASSWORD_ENV + ")");
            }
        } else if (environment.get(ServeSettings.KEYSTORE_PASSWORD_ENV) == null) {
            throw new ConfigurationException("--keystore " + settings.keystore() + " needs its password in " + ServeSettings.KEYSTORE_PASSWORD_ENV);
        }
    }

    static Connector create(Server server, HttpConfiguration http, ServeSettings settings, Map<String, String> environment) {
        ServerConnector connector;
        if (settings.keystore() == null) {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        } else {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(settings.keystore().toAbsolutePath().toString());
            tls.setKeyStorePassword(environment.get(ServeSettings.KEYSTORE_PASSWORD_ENV));
            tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // a self-signed certificate for "localhost" is the usual local setup; host checks would refuse 127.0.0.1
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
        }
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        return connector;
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigurationException("--bind " + address + " is not an address of this machine: " + e.getMessage());
        }
    }
}
