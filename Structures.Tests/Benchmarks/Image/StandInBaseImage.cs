using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace Structures.Tests.Benchmarks.Image;

// What stands in for mcr.microsoft.com/dotnet/aspnet:10.0 where that registry cannot be reached: one layer holding
// this machine's .NET host and its shared frameworks (Microsoft.NETCore.App and Microsoft.AspNetCore.App) where the
// official image has them, /usr/share/dotnet with /usr/bin/dotnet pointing at it, and the official image's variables
// that the SDK reads (APP_UID, the non-root user it runs the app as) or the app does (ASPNETCORE_HTTP_PORTS). No
// operating system: the image's app is run here on this machine's libraries.
internal sealed record StandInBaseImage(string Folder, string Repository, string Tag, byte[] Manifest, string ManifestDigest)
{
    public const string ManifestType = "application/vnd.oci.image.manifest.v1+json";
    public const string UserId = "1654";

    public static async Task<StandInBaseImage> BuildAsync(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "blobs"));
        var dotnetRoot = DotnetRoot();
        var layerTar = Path.Combine(folder, "layer.tar");
        await WriteLayerAsync(dotnetRoot, layerTar);
        var diffId = await DigestAsync(layerTar);
        var layerGzip = Path.Combine(folder, "layer.tar.gz");
        await using (var source = File.OpenRead(layerTar))
        await using (var target = new GZipStream(File.Create(layerGzip), CompressionLevel.Fastest))
        {
            await source.CopyToAsync(target);
        }

        File.Delete(layerTar);
        var layer = await StoreAsync(folder, layerGzip);
        var runtime = RuntimeInformation.FrameworkDescription.Split(' ')[^1];
        var config = JsonSerializer.SerializeToUtf8Bytes(new
        {
            architecture = "amd64",
            os = "linux",
            config = new
            {
                Env = new[]
                {
                    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    $"APP_UID={UserId}",
                    "ASPNETCORE_HTTP_PORTS=8080",
                    "DOTNET_RUNNING_IN_CONTAINER=true",
                    $"DOTNET_VERSION={runtime}",
                    $"ASPNET_VERSION={runtime}",
                },
            },
            rootfs = new { type = "layers", diff_ids = new[] { diffId } },
            history = new[] { new { created_by = "stand-in for mcr.microsoft.com/dotnet/aspnet: this machine's .NET runtime" } },
        });
        var configBlob = Path.Combine(folder, "config.json");
        await File.WriteAllBytesAsync(configBlob, config);
        var configDigest = await StoreAsync(folder, configBlob);
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            mediaType = ManifestType,
            config = new { mediaType = "application/vnd.oci.image.config.v1+json", digest = configDigest.Digest, size = configDigest.Size },
            layers = new[] { new { mediaType = "application/vnd.oci.image.layer.v1.tar+gzip", digest = layer.Digest, size = layer.Size } },
        });
        return new StandInBaseImage(folder, "dotnet/aspnet", "10.0", manifest, $"sha256:{Convert.ToHexStringLower(SHA256.HashData(manifest))}");
    }

    public string? BlobPath(string digest)
    {
        var path = Path.Combine(Folder, "blobs", digest.Replace(':', '-'));
        return digest.StartsWith("sha256:", StringComparison.Ordinal) && digest[7..].All(char.IsAsciiHexDigitLower) && File.Exists(path) ? path : null;
    }

    // The folder holding dotnet and shared/, from the running runtime's own folder (shared/Microsoft.NETCore.App/<version>).
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static async Task WriteLayerAsync(string dotnetRoot, string path)
    {
        var version = Path.GetFileName(Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory()));
        await using var file = File.Create(path);
        await using var tar = new TarWriter(file, TarEntryFormat.Pax);
        foreach (var folder in new[] { "usr", "usr/bin", "usr/share", "usr/share/dotnet" })
        {
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, folder + "/") { Mode = (UnixFileMode)0b111_101_101 });
        }

        var parts = new[] { "dotnet", "LICENSE.txt", "ThirdPartyNotices.txt", VersionFolder(dotnetRoot, "host/fxr", version), $"shared/Microsoft.NETCore.App/{version}", VersionFolder(dotnetRoot, "shared/Microsoft.AspNetCore.App", version) };
        foreach (var part in parts.Select(p => Path.Combine(dotnetRoot, p)))
        {
            var files = Directory.Exists(part) ? Directory.EnumerateFiles(part, "*", SearchOption.AllDirectories) : File.Exists(part) ? [part] : [];
            foreach (var source in files.Order(StringComparer.Ordinal))
            {
                await tar.WriteEntryAsync(source, $"usr/share/dotnet/{Path.GetRelativePath(dotnetRoot, source)}");
            }
        }

        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, "usr/bin/dotnet") { LinkName = "../share/dotnet/dotnet", Mode = (UnixFileMode)0b111_111_111 });
    }

    // The folder of the running runtime's version, or else the newest there (ASP.NET Core and the host can be
    // installed at a patch of their own).
    private static string VersionFolder(string dotnetRoot, string folder, string version) =>
        Directory.Exists(Path.Combine(dotnetRoot, folder, version))
            ? $"{folder}/{version}"
            : $"{folder}/{Directory.GetDirectories(Path.Combine(dotnetRoot, folder)).Select(Path.GetFileName).MaxBy(v => System.Version.TryParse(v, out var parsed) ? parsed : new System.Version())}";

    private static async Task<(string Digest, long Size)> StoreAsync(string folder, string file)
    {
        var digest = await DigestAsync(file);
        var size = new FileInfo(file).Length;
        File.Move(file, Path.Combine(folder, "blobs", digest.Replace(':', '-')), overwrite: true);
        return (digest, size);
    }

    private static async Task<string> DigestAsync(string file)
    {
        await using var stream = File.OpenRead(file);
        return $"sha256:{Convert.ToHexStringLower(await SHA256.HashDataAsync(stream))}";
    }
}
