using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Structures.Tests.Benchmarks.Image;

// The read side of the OCI distribution API over plain HTTP on loopback, serving one image: enough for the SDK's
// container support to pull a base image (GET /v2/, manifests by tag or digest, blobs by digest).
internal sealed class LocalRegistry : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalRegistry(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    // host:port, as an image reference names its registry.
    public string Address { get; }

    public static async Task<LocalRegistry> StartAsync(StandInBaseImage image)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/v2/", () => Results.Json(new { }));
        app.MapMethods("/v2/{**rest}", [HttpMethods.Get, HttpMethods.Head], (string rest) => Answer(image, rest));
        await app.StartAsync();
        var url = new Uri(app.Urls.First());
        return new LocalRegistry(app, $"localhost:{url.Port}");
    }

    private static IResult Answer(StandInBaseImage image, string rest)
    {
        var manifests = $"{image.Repository}/manifests/";
        var blobs = $"{image.Repository}/blobs/";
        if (rest.StartsWith(manifests, StringComparison.Ordinal) && rest[manifests.Length..] is var reference
            && (reference == image.Tag || reference == image.ManifestDigest))
        {
            return new ManifestResult(image);
        }

        return rest.StartsWith(blobs, StringComparison.Ordinal) && image.BlobPath(rest[blobs.Length..]) is { } path
            ? Results.File(path, "application/octet-stream")
            : Results.Json(new { errors = new[] { new { code = "NAME_UNKNOWN", message = rest } } }, statusCode: StatusCodes.Status404NotFound);
    }

    private sealed class ManifestResult(StandInBaseImage image) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = StandInBaseImage.ManifestType;
            httpContext.Response.ContentLength = image.Manifest.Length;
            httpContext.Response.Headers["Docker-Content-Digest"] = image.ManifestDigest;
            return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : httpContext.Response.Body.WriteAsync(image.Manifest).AsTask();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
