using Structures.Tests.Dashboard.Deploy;

namespace Structures.Tests.Benchmarks.Image;

// The built image against what the project file and the compose recipe expect of it: its name, port, variables,
// working directory, the non-root user that owns the shared key volume, and the app in it.
internal static class ImageConfigCheck
{
    public static IEnumerable<string> Failures(ImageArchive image, string root)
    {
        var project = ComposeRecipe.ContainerSettings();
        var properties = project.GetProperty("Properties");
        var name = $"{properties.GetProperty("ContainerRepository").GetString()}:{properties.GetProperty("ContainerImageTag").GetString()}";
        var environment = image.Environment();
        var workingDirectory = image.String("WorkingDir");
        if (!image.Tags.Any(t => t == name || t.EndsWith($"/{name}", StringComparison.Ordinal)))
        {
            yield return $"the image is tagged {string.Join(", ", image.Tags)}, not {name}";
        }

        foreach (var port in project.GetProperty("Items").GetProperty("ContainerPort").EnumerateArray().Select(p => $"{p.GetProperty("Identity").GetString()}/tcp"))
        {
            if (!image.ExposedPorts().Contains(port))
            {
                yield return $"the image does not expose {port}";
            }
        }

        foreach (var variable in project.GetProperty("Items").GetProperty("ContainerEnvironmentVariable").EnumerateArray())
        {
            var (key, value) = (variable.GetProperty("Identity").GetString()!, variable.GetProperty("Value").GetString());
            if (environment.GetValueOrDefault(key) != value)
            {
                yield return $"the image sets {key}={environment.GetValueOrDefault(key)}, not {value}";
            }
        }

        if (image.String("User") != StandInBaseImage.UserId)
        {
            yield return $"the image runs as user '{image.String("User")}', not {StandInBaseImage.UserId}, who owns the key volume in compose.yaml";
        }

        if (workingDirectory is null || !File.Exists(Path.Combine(root, workingDirectory.TrimStart('/'), "Structures.Dashboard.dll")))
        {
            yield return $"the app is not in the image's working directory ({workingDirectory})";
        }

        var command = image.Strings("Entrypoint").Concat(image.Strings("Cmd")).ToList();
        if (command.Skip(1).FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal)) is { } app && !File.Exists(Path.Combine(root, app.TrimStart('/'))))
        {
            yield return $"the image's command starts {app}, which is not in the image";
        }
    }
}
