using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class QueuedMessageClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ClaimId",
                table: "QueuedMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAt",
                table: "QueuedMessages",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClaimId",
                table: "QueuedMessages");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "QueuedMessages");
        }
    }
}
