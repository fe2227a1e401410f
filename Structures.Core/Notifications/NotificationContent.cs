using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Structures.Core.Notifications;

public static class NotificationContent
{
    public static string Key(string type, DateTime timestamp, string? text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{type.Trim()}\n{timestamp.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)}\n{text}")))[..32];
}
