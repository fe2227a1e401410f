using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AccessTokenExpiresAt",
                table: "OwnerCharacters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedAccessToken",
                table: "OwnerCharacters",
                type: "TEXT",
                nullable: true);
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
