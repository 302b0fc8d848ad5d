import type { Region } from "../entities/Region";
import type { AllocationScope } from "./AllocationInput";
import { compareStrings } from "./compareStrings";

const SEPARATOR = "\u0000";

/**
 * Interns (province, county, district) triples and maps each to its region at scope level.
 * A cell is one triple seen; a region is the set of cells that agencies and households must
 * share to be paired.
 * @internal
 */
export class CellTable {
  private readonly provinces = new Map<string, Map<string, Map<string, number>>>();
  private readonly regionIds = new Map<string, number>();
  private readonly regionKeys: string[] = [];
  private readonly cellRegion: number[] = [];
  private readonly cellHasDistrict: boolean[] = [];

  constructor(private readonly scope: AllocationScope) {}

  of(region: Region): number {
    let counties = this.provinces.get(region.province);
    if (counties === undefined) {
      counties = new Map();
      this.provinces.set(region.province, counties);
    }
    const county = region.county ?? "";
    let districts = counties.get(county);
    if (districts === undefined) {
      districts = new Map();
      counties.set(county, districts);
    }
    const district = region.district ?? "";
    const cell = districts.get(district);
    if (cell !== undefined) return cell;
    const id = this.cellRegion.length;
    districts.set(district, id);
    const key = this.keyOf(region.province, county, district);
    let regionId = this.regionIds.get(key);
    if (regionId === undefined) {
      regionId = this.regionKeys.length;
      this.regionIds.set(key, regionId);
      this.regionKeys.push(key);
    }
    this.cellRegion.push(regionId);
    this.cellHasDistrict.push(region.district !== undefined);
    return id;
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
