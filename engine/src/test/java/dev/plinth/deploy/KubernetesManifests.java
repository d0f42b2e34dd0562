package dev.plinth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The manifests in a folder, every document of every {@code .yaml} file, found by kind and name, and what the
 * kubelet would make of them for one container: its environment and the files it mounts.
 *
 * @param resources every document, in file order
 */
record KubernetesManifests(List<JsonNode> resources) {

    static KubernetesManifests read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return new KubernetesManifests(files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .flatMap(f -> Yaml.documents(f).stream()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<JsonNode> find(String kind, String name) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)
                && r.path("metadata").path("name").asText().equals(name)).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** The keys and values of a ConfigMap or Secret ({@code stringData}, or {@code data} decoded). */
    Map<String, String> data(String kind, String name) {
        JsonNode resource = get(kind, name);
        Map<String, String> data = new LinkedHashMap<>();
        resource.path("data").properties().forEach(e -> data.put(e.getKey(), kind.equals("Secret")
                ? new String(Base64.getDecoder().decode(e.getValue().asText())) : e.getValue().asText()));
        resource.path("stringData").properties().forEach(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }

    /** A container's environment, each {@code secretKeyRef} and {@code configMapKeyRef} resolved from the manifests. */
    Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode variable : container.path("env")) {
            JsonNode from = variable.path("valueFrom");
            String value;
            if (from.has("secretKeyRef")) {
                value = reference("Secret", from.path("secretKeyRef"));
            } else if (from.has("configMapKeyRef")) {
                value = reference("ConfigMap", from.path("configMapKeyRef"));
            } else {
                value = variable.path("value").asText();
            }
            env.put(variable.path("name").asText(), value);
        }
        return env;
    }

    private String reference(String kind, JsonNode ref) {
        String value = data(kind, ref.path("name").asText()).get(ref.path("key").asText());
        if (value == null) {
            throw new AssertionError(kind + " " + ref.path("name").asText() + " has no key " + ref.path("key").asText());
        }
        return value;
    }

    /**
     * Writes into {@code target} the files a container sees under {@code mountRoot}, as the kubelet mounts them: a
     * ConfigMap volume as a folder of its keys, or with {@code subPath} as the one file of that key.
     */
    void writeMountedFiles(JsonNode pod, JsonNode container, String mountRoot, Path target) throws IOException {
        Map<String, JsonNode> volumes = new LinkedHashMap<>();
        pod.path("volumes").forEach(v -> volumes.put(v.path("name").asText(), v));
        for (JsonNode mount : container.path("volumeMounts")) {
            String path = mount.path("mountPath").asText();
            if (!path.startsWith(mountRoot + "/")) {
                continue;
            }
            JsonNode volume = volumes.get(mount.path("name").asText());
            if (volume == null || !volume.has("configMap")) {
                throw new AssertionError("the mount at " + path + " is no ConfigMap volume");
            }
            Map<String, String> data = data("ConfigMap", volume.path("configMap").path("name").asText());
            Path at = target.resolve(path.substring(mountRoot.length() + 1));
            if (mount.has("subPath")) {
                String value = data.get(mount.path("subPath").asText());
                if (value == null) {
                    throw new AssertionError("the ConfigMap mounted at " + path + " has no key " + mount.path("subPath"));
                }
                Files.createDirectories(at.getParent());
                Files.writeString(at, value);
            } else {
                Files.createDirectories(at);
                for (Map.Entry<String, String> file : data.entrySet()) {
                    Files.writeString(at.resolve(file.getKey()), file.getValue());
                }
            }
        }
    }
}
