package org.switchover.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A plain HTTP client of a running serve, for what a test checks byte for byte or sends without a browser. */
final class ServeHttp {
    private final String base;

    ServeHttp(ServeHandle server) {
        this.base = server.url();
    }

    HttpResponse<byte[]> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String path, String cookie, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Signs in as a browser would (the sign-in page's cookie and token, then the form): the response and its cookie. */
    SignIn signIn(String name, String password) throws Exception {
        HttpResponse<byte[]> form = get("/login", null);
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String token = new String(form.body(), StandardCharsets.UTF_8).replaceFirst("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<byte[]> response = post("/login", cookie, "csrf=" + token + "&name=" + enc(name) + "&password=" + enc(password));
        return new SignIn(response.statusCode(), response.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(null));
    }

    record SignIn(int status, String cookie) {
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
