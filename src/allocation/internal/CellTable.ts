import type { Region } from "../../entities/Region";
import type { AllocationScope } from "../AllocationInput";
import { compareStrings } from "./compareStrings";

const SEPARATOR = "\u0000";

/** The cells of one county name in one province; `next` is the same name in another. */
interface CountyCells {
  readonly province: string;
  readonly districts: Map<string, number>;
  readonly next: CountyCells | undefined;
}

/**
 * Interns (province, county, district) triples and maps each to its region at scope level.
 * A cell is one triple seen; a region is the set of cells that agencies and households must
 * share to be paired.
 */
export class CellTable {
  /** By county name (`""` for none): its cells, by province then district. */
  private readonly counties = new Map<string, CountyCells>();
  private readonly regionIds = new Map<string, number>();
  private readonly regionKeys: string[] = [];
  private readonly cellRegion: number[] = [];
  private readonly cellHasDistrict: boolean[] = [];

  constructor(private readonly scope: AllocationScope) {}

  of(region: Region): number {
    // Two map lookups, not three: a county name is nearly always in one province only.
    const county = region.county ?? "";
    let cells = this.counties.get(county);
    while (cells !== undefined && cells.province !== region.province) cells = cells.next;
    if (cells === undefined) {
      cells = { province: region.province, districts: new Map(), next: this.counties.get(county) };
      this.counties.set(county, cells);
    }
    const district = region.district ?? "";
    const cell = cells.districts.get(district);
    if (cell !== undefined) return cell;
    const id = this.cellRegion.length;
    cells.districts.set(district, id);
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
