import { provinceNameOf } from "../../entities/internal/provinces";
import { normalizePersian } from "../../text/normalizePersian";
import type { AllocationScope } from "../allocateSponsorships";
import { compareStrings } from "./compareStrings";

const SEPARATOR = "\u0000";

/** What {@link CellTable.of} returns for a region whose province is none of the 31. */
export const UNKNOWN_PROVINCE = -1;
/** What {@link CellTable.of} returns for a region whose county is blank (empty once normalised). */
export const BLANK_COUNTY = -2;
/** What {@link CellTable.of} returns for a region whose district is blank. */
export const BLANK_DISTRICT = -3;

/** A region as written in an entity's input form, its names checked to be text. */
export interface WrittenRegion {
  readonly province: string;
  readonly county?: string | undefined;
  readonly district?: string | undefined;
}

/**
 * The cells of one county as written (or of no county) in one province as written; `next`
 * is the same county in another province.
 */
interface CountyCells {
  readonly province: string;
  /** By district as written: its cell, or a refusal (a negative code). */
  readonly districts: Map<string, number>;
  /** The cell (or refusal) of the region without a district. */
  noDistrict: number | undefined;
  readonly next: CountyCells | undefined;
}

/**
 * Interns (province, county, district) triples and maps each to its region at scope level.
 * A cell is one triple; a region is the set of cells that agencies and households must share
 * to be paired.
 *
 * Regions come as written (the input form of an entity): the province in Persian or English
 * and the names in any spelling `normalizePersian` unifies. The names are normalised once
 * per triple as written, never per entity: each spelling of a triple is looked up as it
 * stands, and the first time it is seen it is normalised and joined to the cell of its
 * normalised names. So "Kerman" and "كرمان" are one province, and a table of a million
 * households normalises only the few hundred triples they share.
 */
export class CellTable {
  /** By county as written: its cells, by province then district as written. */
  private readonly counties = new Map<string, CountyCells>();
  /** The same for regions without a county. */
  private noCounty: CountyCells | undefined;
  /** By province as written: its Persian name, or `null` for none of the 31. */
  private readonly provinces = new Map<string, string | null>();
  /** By normalised triple: its cell. */
  private readonly cellsByName = new Map<string, number>();
  private readonly regionIds = new Map<string, number>();
  private readonly regionKeys: string[] = [];
  private readonly cellRegion: number[] = [];
  private readonly cellHasDistrict: boolean[] = [];

  constructor(private readonly scope: AllocationScope) {}

  /**
   * The cell of a region whose names are text or absent (the caller checks their types), or
   * {@link UNKNOWN_PROVINCE}, {@link BLANK_COUNTY} or {@link BLANK_DISTRICT}.
   */
  of(region: WrittenRegion): number {
    // Two map lookups, not three: a county name is nearly always in one province only.
    const { province, county, district } = region;
    const first = county === undefined ? this.noCounty : this.counties.get(county);
    let cells = first;
    while (cells !== undefined && cells.province !== province) cells = cells.next;
    if (cells === undefined) {
      cells = { province, districts: new Map(), noDistrict: undefined, next: first };
      if (county === undefined) this.noCounty = cells;
      else this.counties.set(county, cells);
    }
    const known = district === undefined ? cells.noDistrict : cells.districts.get(district);
    if (known !== undefined) return known;
    const cell = this.cellOfNames(province, county, district);
    if (district === undefined) cells.noDistrict = cell;
    else cells.districts.set(district, cell);
    return cell;
  }

  regionOf(cell: number): number {
    return this.cellRegion[cell] as number;
  }

  hasDistrict(cell: number): boolean {
    return this.cellHasDistrict[cell] === true;
  }

  get cellCount(): number {
    return this.cellRegion.length;
  }

  get regionCount(): number {
    return this.regionKeys.length;
  }

  /** Region ids sorted by their key, so the output order does not depend on input order. */
  regionsInOrder(): number[] {
    return this.regionKeys
      .map((key, id) => ({ key, id }))
      .sort((x, y) => compareStrings(x.key, y.key))
      .map((entry) => entry.id);
  }

  /** The cell of a triple as written, seen for the first time: by its normalised names. */
  private cellOfNames(
    province: string,
    county: string | undefined,
    district: string | undefined,
  ): number {
    const provinceName = this.provinceName(province);
    if (provinceName === null) return UNKNOWN_PROVINCE;
    const countyName = county === undefined ? "" : normalizePersian(county);
    if (county !== undefined && countyName === "") return BLANK_COUNTY;
    const districtName = district === undefined ? "" : normalizePersian(district);
    if (district !== undefined && districtName === "") return BLANK_DISTRICT;
    // Normalised names are never empty, so "" stands for an absent county or district.
    const names = `${provinceName}${SEPARATOR}${countyName}${SEPARATOR}${districtName}`;
    const known = this.cellsByName.get(names);
    if (known !== undefined) return known;
    const id = this.cellRegion.length;
    this.cellsByName.set(names, id);
    const key = this.keyOf(provinceName, countyName, districtName);
    let regionId = this.regionIds.get(key);
    if (regionId === undefined) {
      regionId = this.regionKeys.length;
      this.regionIds.set(key, regionId);
      this.regionKeys.push(key);
    }
    this.cellRegion.push(regionId);
    this.cellHasDistrict.push(district !== undefined);
    return id;
  }

  /** The Persian name of a province as written, or `null`; each spelling is looked up once. */
  private provinceName(province: string): string | null {
    let name = this.provinces.get(province);
    if (name === undefined) {
      name = provinceNameOf(province) ?? null;
      this.provinces.set(province, name);
    }
    return name;
  }

  private keyOf(province: string, county: string, district: string): string {
    switch (this.scope) {
      case "any":
        return "";
      case "province":
        return province;
      case "county":
        return `${province}${SEPARATOR}${county}`;
      case "district":
        return `${province}${SEPARATOR}${county}${SEPARATOR}${district}`;
      default: {
        const exhaustive: never = this.scope;
        return exhaustive;
      }
    }
  }
}
