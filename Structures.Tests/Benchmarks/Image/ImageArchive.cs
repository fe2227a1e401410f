using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace Structures.Tests.Benchmarks.Image;

// An image tarball as `docker load` reads it, unpacked: the names it is tagged with, its configuration (entrypoint,
// user, variables, ports) and its layers, in either of the layouts docker load accepts (Docker's manifest.json or an
// OCI image layout's index.json).
internal sealed record ImageArchive(IReadOnlyList<string> Tags, JsonElement Configuration, IReadOnlyList<string> LayerFiles)
{
    public static async Task<ImageArchive> OpenAsync(string tarball, string folder)
    {
        Directory.CreateDirectory(folder);
        await ExtractAsync(tarball, folder);

        var docker = Path.Combine(folder, "manifest.json");
        if (File.Exists(docker))
        {
            var entry = Json(docker)[0];
            return new ImageArchive(
                [.. entry.GetProperty("RepoTags").EnumerateArray().Select(t => t.GetString()!)],
                Json(Path.Combine(folder, entry.GetProperty("Config").GetString()!)),
                [.. entry.GetProperty("Layers").EnumerateArray().Select(l => Path.Combine(folder, l.GetString()!))]);
        }

        var index = Json(Path.Combine(folder, "index.json")).GetProperty("manifests");
        var manifest = Json(Blob(folder, index[0].GetProperty("digest").GetString()!));
        return new ImageArchive(
            [.. index.EnumerateArray().Select(m => m.TryGetProperty("annotations", out var a) && a.TryGetProperty("io.containerd.image.name", out var name) ? name.GetString()! : "")],
            Json(Blob(folder, manifest.GetProperty("config").GetProperty("digest").GetString()!)),
            [.. manifest.GetProperty("layers").EnumerateArray().Select(l => Blob(folder, l.GetProperty("digest").GetString()!))]);
    }

    public string[] Strings(string name) =>
        Configuration.GetProperty("config").TryGetProperty(name, out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Select(v => v.GetString()!)]
            : [];

    public string? String(string name) =>
        Configuration.GetProperty("config").TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public Dictionary<string, string> Environment() =>
        Strings("Env").Select(e => e.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    public IEnumerable<string> ExposedPorts() =>
        Configuration.GetProperty("config").TryGetProperty("ExposedPorts", out var ports) ? ports.EnumerateObject().Select(p => p.Name) : [];

    // Layers applied in order onto one folder, as a container's root file system.
    public async Task UnpackAsync(string root)
    {
        Directory.CreateDirectory(root);
        foreach (var layer in LayerFiles)
        {
            await ExtractAsync(layer, root);
        }
    }

    // A tar file, gzipped or not (the SDK writes the image as a plain tar whatever its name says; layers are gzipped).
    private static async Task ExtractAsync(string tar, string folder)
    {
        await using var file = File.OpenRead(tar);
        var gzipped = file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
        file.Position = 0;
        await using Stream content = gzipped ? new GZipStream(file, CompressionMode.Decompress) : file;
        await TarFile.ExtractToDirectoryAsync(content, folder, overwriteFiles: true);
    }

    private static string Blob(string folder, string digest) => Path.Combine(folder, "blobs", "sha256", digest["sha256:".Length..]);

    private static JsonElement Json(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }
}
