using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class StructureEsiDataAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EsiDataAt",
                table: "Structures",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EsiDataAt",
                table: "Structures");
        }
    }
}
