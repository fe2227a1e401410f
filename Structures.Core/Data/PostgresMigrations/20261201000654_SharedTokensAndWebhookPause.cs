using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class SharedTokensAndWebhookPause : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PausedUntil",
                table: "Webhooks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AccessTokenExpiresAt",
                table: "OwnerCharacters",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedAccessToken",
                table: "OwnerCharacters",
                type: "text",
                nullable: true,
                collation: "C");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PausedUntil",
                table: "Webhooks");

            migrationBuilder.DropColumn(
                name: "AccessTokenExpiresAt",
                table: "OwnerCharacters");

            migrationBuilder.DropColumn(
                name: "ProtectedAccessToken",
                table: "OwnerCharacters");
        }
    }
}
