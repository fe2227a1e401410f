using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class WebhookTests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "TestSucceededAt",
                table: "Webhooks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsTest",
                table: "QueuedMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TestSucceededAt",
                table: "Webhooks");

            migrationBuilder.DropColumn(
                name: "IsTest",
                table: "QueuedMessages");
        }
    }
}
