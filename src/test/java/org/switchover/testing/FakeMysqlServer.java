package org.switchover.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile MySQL server on 127.0.0.1, speaking just enough of the client/server protocol to be one: it
 * greets, accepts any login, and answers the first query of every connection with a LOCAL INFILE request
 * (a 0xFB packet naming {@code requestedFile}), as a server may do at any time. Whatever the client sends
 * back before its end-of-file packet is kept in {@link #received()}: a client that honours the request
 * sends the file's bytes there, a hardened one sends nothing and fails the query.
 */
public final class FakeMysqlServer implements AutoCloseable {
    private static final int CLIENT_LONG_PASSWORD = 0x1;
    private static final int CLIENT_FOUND_ROWS = 0x2;
    private static final int CLIENT_LONG_FLAG = 0x4;
    private static final int CLIENT_CONNECT_WITH_DB = 0x8;
    private static final int CLIENT_LOCAL_FILES = 0x80;
    private static final int CLIENT_PROTOCOL_41 = 0x200;
    private static final int CLIENT_TRANSACTIONS = 0x2000;
    private static final int CLIENT_SECURE_CONNECTION = 0x8000;
    private static final int CLIENT_MULTI_RESULTS = 0x20000;
    private static final int CLIENT_PLUGIN_AUTH = 0x80000;
    private static final int CAPABILITIES = CLIENT_LONG_PASSWORD | CLIENT_FOUND_ROWS | CLIENT_LONG_FLAG
            | CLIENT_CONNECT_WITH_DB | CLIENT_LOCAL_FILES | CLIENT_PROTOCOL_41 | CLIENT_TRANSACTIONS
            | CLIENT_SECURE_CONNECTION | CLIENT_MULTI_RESULTS | CLIENT_PLUGIN_AUTH;
    private static final int COM_QUIT = 0x01;
    private static final int COM_QUERY = 0x03;
    /** How long the server waits for the client's answer to its file request before it gives up. */
    private static final int ANSWER_TIMEOUT_MILLIS = 5_000;

    private final ServerSocket socket;
    private final String requestedFile;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger fileRequests = new AtomicInteger();
    private final Thread acceptor;

    private FakeMysqlServer(String requestedFile) throws IOException {
        this.requestedFile = requestedFile;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptAll, "fake-mysql-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server that asks every client for {@code requestedFile}. */
    public static FakeMysqlServer requesting(String requestedFile) throws IOException {
        return new FakeMysqlServer(requestedFile);
    }

    /** jdbc:mysql://127.0.0.1:PORT/DATABASE */
    public String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + socket.getLocalPort() + "/" + database;
    }

    /** Every byte clients sent in answer to the file requests, end-of-file packets excluded. */
    public byte[] received() {
        synchronized (received) {
            return received.toByteArray();
        }
    }

    /** Logins the server accepted. */
    public int connections() {
        return connections.get();
    }

    /** File requests the server sent (one per connection that got as far as a query). */
    public int fileRequests() {
        return fileRequests.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread handler = new Thread(() -> serve(client), "fake-mysql-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            write(out, 0, greeting());
            read(in); // the login: any user, any password
            write(out, 2, ok());
            connections.incrementAndGet();
            while (true) {
                byte[] command = read(in);
                if (command == null || command.length == 0 || command[0] == COM_QUIT) {
                    return;
                }
                if (command[0] != COM_QUERY) {
                    write(out, 1, ok());
                    continue;
                }
                fileRequests.incrementAndGet();
                write(out, 1, fileRequest());
                client.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
                keepAnswer(in);
                write(out, 3, error());
                return;
            }
        } catch (IOException e) {
            // the client hung up: what it sent before is already kept
        }
    }

    /** Keeps the client's packets up to its empty end-of-file packet, or until it hangs up or goes quiet. */
    private void keepAnswer(InputStream in) throws IOException {
        try {
            byte[] packet;
            while ((packet = read(in)) != null && packet.length > 0) {
                synchronized (received) {
                    received.write(packet);
                }
            }
        } catch (SocketTimeoutException e) {
            // a client that neither sends nor ends: nothing more to keep
        }
    }

    private static byte[] greeting() {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(10); // protocol version
        p.writeBytes("8.0.36\0".getBytes(StandardCharsets.US_ASCII));
        p.writeBytes(new byte[] {7, 0, 0, 0}); // connection id
        p.writeBytes("abcdefgh".getBytes(StandardCharsets.US_ASCII)); // first part of the scramble
        p.write(0);
        p.write(CAPABILITIES & 0xFF);
        p.write((CAPABILITIES >> 8) & 0xFF);
        p.write(255); // utf8mb4_0900_ai_ci
        p.writeBytes(new byte[] {2, 0}); // status: autocommit
        p.write((CAPABILITIES >> 16) & 0xFF);
        p.write((CAPABILITIES >> 24) & 0xFF);
        p.write(21); // scramble length
        p.writeBytes(new byte[10]);
        p.writeBytes("ijklmnopqrst\0".getBytes(StandardCharsets.US_ASCII)); // rest of the scramble
        p.writeBytes("mysql_native_password\0".getBytes(StandardCharsets.US_ASCII));
        return p.toByteArray();
    }

    private static byte[] ok() {
        return new byte[] {0, 0, 0, 2, 0, 0, 0};
    }

    private byte[] fileRequest() {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(0xFB);
        p.writeBytes(requestedFile.getBytes(StandardCharsets.UTF_8));
        return p.toByteArray();
    }

    private static byte[] error() {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(0xFF);
        p.writeBytes(new byte[] {(byte) 0x28, 0x04}); // 1064
        p.writeBytes("#42000fake server".getBytes(StandardCharsets.US_ASCII));
        return p.toByteArray();
    }

    private static void write(OutputStream out, int sequence, byte[] payload) throws IOException {
        out.write(new byte[] {(byte) payload.length, (byte) (payload.length >> 8), (byte) (payload.length >> 16), (byte) sequence});
        out.write(payload);
        out.flush();
    }

    /** One packet's payload; null when the client hung up. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(4);
        if (header.length < 4) {
            return null;
        }
        int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
        byte[] payload = in.readNBytes(length);
        return payload.length < length ? null : payload;
    }
}
