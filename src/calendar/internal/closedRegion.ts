import { Region } from "../../entities/Region";
import { closedObject } from "../../internal/zodIssues";

/**
 * `Region` as calendars read it (private): the same fields and type, but an unknown key is
 * refused rather than dropped, since a typo (`countyy`) would otherwise widen a closure or a
 * rule to the whole province.
 */
export const ClosedRegion = closedObject(Region.shape);
