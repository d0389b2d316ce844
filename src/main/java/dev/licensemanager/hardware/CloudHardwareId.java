package dev.licensemanager.hardware;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Algorithm 5: the cloud instance ID, hashed like the others [INF]. Tried in the order AWS, Azure (IMDS, then the
 * App Service variable), GCP [UNK: the generator's order is unknown]; the first answer wins. Not cached.
 */
final class CloudHardwareId implements HardwareIdService {
    private static final Logger LOG = LoggerFactory.getLogger(CloudHardwareId.class);
    static final String AWS = "AWS IMDSv2 meta-data/instance-id";
    static final String AZURE = "Azure IMDS compute/vmId";
    static final String AZURE_ENV = "environment WEBSITE_INSTANCE_ID";
    static final String GCP = "GCP metadata instance/id";
    private static final Pattern AWS_ID = Pattern.compile("^i-([0-9a-f]{8}|[0-9a-f]{16,17})$");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpFetcher http;
    private final CloudEndpoints endpoints;
    private final Map<String, String> env;

    CloudHardwareId(HttpFetcher http, CloudEndpoints endpoints, Map<String, String> env) {
        this.http = http;
        this.endpoints = endpoints;
        this.env = env;
    }

    @Override
    public HardwareIdResult compute() {
        List<SourceRead> sources = new ArrayList<>(4);
        Optional<String> id = record(sources, AWS, aws())
                .or(() -> record(sources, AZURE, azure()))
                .or(() -> record(sources, AZURE_ENV, Optional.ofNullable(env.get("WEBSITE_INSTANCE_ID"))
                        .map(Normalisation::cloudInstanceId).filter(s -> !s.isEmpty())))
                .or(() -> record(sources, GCP, gcp()));
        if (id.isEmpty()) {
            return new HardwareIdResult.Failed(HardwareIdFailures.CLOUD_NOT_DETECTED,
                    "No cloud metadata service answered (AWS, Azure, GCP): this does not look like a cloud VM,"
                            + " or the metadata endpoint is blocked.", HardwareIdAlgorithm.CLOUD_PLATFORMS, sources);
        }
        List<String> warnings = new ArrayList<>(1);
        Placeholders.check("the cloud instance ID", id.get()).ifPresent(warnings::add);
        return new HardwareIdResult.Computed(Normalisation.sha256Hex(id.get()), HardwareIdAlgorithm.CLOUD_PLATFORMS,
                sources, warnings, false);
    }

    private static Optional<String> record(List<SourceRead> sources, String name, Optional<String> value) {
        sources.add(new SourceRead(name, value.isPresent()));
        return value;
    }

    private Optional<String> aws() {
        Optional<String> token = call("PUT", endpoints.aws(), "/latest/api/token",
                Map.of("X-aws-ec2-metadata-token-ttl-seconds", "21600"));
        return token.flatMap(t -> call("GET", endpoints.aws(), "/latest/meta-data/instance-id",
                        Map.of("X-aws-ec2-metadata-token", t.strip())))
                .map(Normalisation::cloudInstanceId)
                .filter(s -> AWS_ID.matcher(s).matches());
    }

    private Optional<String> azure() {
        return call("GET", endpoints.azure(), "/metadata/instance/compute/vmId/?api-version=2020-06-01",
                Map.of("Metadata", "true")).map(Normalisation::cloudInstanceId).filter(s -> !s.isEmpty());
    }

    private Optional<String> gcp() {
        return call("GET", endpoints.gcp(), "/computeMetadata/v1/instance/id", Map.of("Metadata-Flavor", "Google"))
                .map(Normalisation::cloudInstanceId).filter(s -> !s.isEmpty());
    }

    private Optional<String> call(String method, URI base, String path, Map<String, String> headers) {
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + path);
        try {
            HttpFetcher.Response r = http.send(method, uri, headers, TIMEOUT);
            return r.status() == 200 ? Optional.ofNullable(r.body()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} {} failed: {}", method, uri, e.toString());
            return Optional.empty();
        }
    }
}
