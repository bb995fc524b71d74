import type {
  Target,
  TargetCreateBody,
  TargetProgress,
  TargetSubject,
  TargetUpdateBody,
} from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/** Calls of the targets module (目标任务). */
export const targetsApi = {
  /** Everything a target can be set for, from every module that counts something. */
  subjects: () => http.get<TargetSubject[]>('/target-subjects'),
  /** Each target of a year against 1–`month`月, counted within the caller's data scope. */
  progress: (year: number, month: number) => http.get<TargetProgress[]>('/targets/progress', { year, month }),
  /** Sets a target. */
  create: (body: TargetCreateBody) => http.post<Target>('/targets', body),
  /** Changes a target's figure, owner or note. */
  update: (id: string, body: TargetUpdateBody) => http.put<Target>(`/targets/${id}`, body),
  /** Removes a target set by mistake. */
  remove: (id: string, version: number) => http.delete<void>(`/targets/${id}?version=${version}`),
};
