using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPractice.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RoomRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_RoomScorecards",
                table: "RoomScorecards");

            migrationBuilder.AddColumn<List<string>>(
                name: "Problems",
                table: "Rooms",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Rooms",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "RoomScorecards",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "RoomScorecards",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "AuthorInvite",
                table: "RoomEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_RoomScorecards",
                table: "RoomScorecards",
                columns: new[] { "RoomId", "Round", "By" });

            // Rooms made before sets: their one problem is their set, and they are in round 1 (the default above).
            migrationBuilder.Sql("""UPDATE "Rooms" SET "Problems" = ARRAY["Problem"];""");

            // The defaults above were for the rows already there; the model has none (new rows always say).
            migrationBuilder.AlterColumn<int>(name: "Round", table: "Rooms", type: "integer", nullable: false, oldClrType: typeof(int), oldType: "integer", oldDefaultValue: 1);
            migrationBuilder.AlterColumn<int>(name: "Round", table: "RoomScorecards", type: "integer", nullable: false, oldClrType: typeof(int), oldType: "integer", oldDefaultValue: 1);
            migrationBuilder.AlterColumn<string>(name: "Name", table: "RoomScorecards", type: "character varying(60)", maxLength: 60, nullable: false, oldClrType: typeof(string), oldType: "character varying(60)", oldMaxLength: 60, oldDefaultValue: "");
            migrationBuilder.AlterColumn<List<string>>(name: "Problems", table: "Rooms", type: "text[]", nullable: false, oldClrType: typeof(List<string>), oldType: "text[]", oldDefaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_RoomScorecards",
                table: "RoomScorecards");

            migrationBuilder.DropColumn(
                name: "Problems",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "RoomScorecards");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "RoomScorecards");

            migrationBuilder.DropColumn(
                name: "AuthorInvite",
                table: "RoomEvents");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RoomScorecards",
                table: "RoomScorecards",
                columns: new[] { "RoomId", "By" });
        }
    }
}
