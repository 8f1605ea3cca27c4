/**
 * The names of the statistics' figures and columns, shared by the `Thống kê` sheet, the monthly report,
 * the sidebar's statistics and the wall board.
 */
import type { Catalogue } from './translate';

export const FIGURE_MESSAGES = {
  'stats.col.no': ['STT', 'No.'],
  'stats.col.item': ['Chỉ tiêu', 'Item'],
  'stats.col.count': ['Số nhiệm vụ', 'Tasks'],
  'stats.col.share': ['Tỷ lệ', 'Share'],
  'stats.col.rank': ['Hạng', 'Rank'],
  'stats.col.unit': ['Đơn vị', 'Unit'],
  'stats.col.person': ['Cán bộ', 'Person'],
  'stats.col.week': ['Tuần (từ ngày)', 'Week (from)'],
  'stats.col.month': ['Tháng', 'Month'],
  'stats.col.year': ['Năm', 'Year'],
  'stats.col.newTasks': ['Giao mới', 'Assigned'],
  'stats.fig.assigned': ['Nhiệm vụ được giao', 'Tasks assigned'],
  'stats.fig.updated': ['Đã cập nhật tình hình', 'Progress updated'],
  'stats.fig.notUpdated': ['Chưa cập nhật tình hình', 'Never updated'],
  'stats.fig.completedOnTime': [
    'Hoàn thành đúng hạn (kể cả trước hạn)',
    'Completed on time (early included)',
  ],
  'stats.fig.doneEarly': ['Hoàn thành trước hạn', 'Completed early'],
  'stats.fig.doneOnTime': ['Hoàn thành đúng ngày hạn', 'Completed on the deadline'],
  'stats.fig.doneLate': ['Hoàn thành quá hạn', 'Completed late'],
  'stats.fig.archived': ['Lưu trữ', 'Archived'],
  'stats.fig.inTime': ['Đang thực hiện trong hạn', 'In progress, within the deadline'],
  'stats.fig.overdue': ['Đang thực hiện quá hạn', 'In progress, overdue'],
  'stats.fig.handled': ['Đã triển khai thực hiện (hoàn thành và lưu trữ)', 'Handled (completed or archived)'],
  'stats.fig.inProgress': ['Đang thực hiện', 'In progress'],
  'stats.fig.awaiting': ['Chờ xác nhận hoàn thành', 'Awaiting confirmation'],
  'stats.fig.extended': ['Đã gia hạn', 'Extended'],
  'stats.fig.unitsFull': ['Đơn vị cập nhật 100 % nhiệm vụ', 'Units that updated 100 % of their tasks'],
  'stats.short.assigned': ['Được giao', 'Assigned'],
  'stats.short.completedOnTime': ['HT đúng hạn', 'Done on time'],
  'stats.short.doneLate': ['HT quá hạn', 'Done late'],
  'stats.short.archived': ['Lưu trữ', 'Archived'],
  'stats.short.inTime': ['Đang TH trong hạn', 'In progress'],
  'stats.short.overdue': ['Đang TH quá hạn', 'Overdue'],
  'stats.short.awaiting': ['Chờ xác nhận', 'Awaiting'],
  'stats.short.extended': ['Gia hạn', 'Extended'],
  'stats.short.updated': ['Đã cập nhật', 'Updated'],
  'stats.short.updateRate': ['Tỷ lệ cập nhật', 'Update rate'],
  'stats.short.onTimeRate': ['Tỷ lệ HT đúng hạn', 'On-time rate'],
} satisfies Catalogue;

export type FigureKey = keyof typeof FIGURE_MESSAGES;
