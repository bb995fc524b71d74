import type {
  Department,
  DepartmentCreateBody,
  DepartmentUpdateBody,
  SubPark,
  SubParkCreateBody,
  SubParkUpdateBody,
  Zone,
  ZoneUpdateBody,
} from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/** Calls of the organisation module: the zone, its sub-parks and the committee's departments. */
export const organisationApi = {
  /** The zone this deployment serves. */
  getZone: () => http.get<Zone>('/zone'),
  /** Renames the zone or corrects its division code. */
  updateZone: (body: ZoneUpdateBody) => http.put<Zone>('/zone', body),
  /** Every sub-park, archived ones included. */
  listSubParks: () => http.get<SubPark[]>('/sub-parks'),
  /** Adds a sub-park. */
  createSubPark: (body: SubParkCreateBody) => http.post<SubPark>('/sub-parks', body),
  /** Changes or archives a sub-park. */
  updateSubPark: (id: string, body: SubParkUpdateBody) => http.put<SubPark>(`/sub-parks/${id}`, body),
  /** Every department, archived ones included. */
  listDepartments: () => http.get<Department[]>('/departments'),
  /** Adds a department. */
  createDepartment: (body: DepartmentCreateBody) => http.post<Department>('/departments', body),
  /** Changes or archives a department. */
  updateDepartment: (id: string, body: DepartmentUpdateBody) =>
    http.put<Department>(`/departments/${id}`, body),
};
