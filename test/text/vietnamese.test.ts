import { describe, expect, it } from 'vitest';
import { fold, slugify } from '../../src/text/vietnamese.js';

describe('fold', () => {
  it('drops tone and vowel marks and folds đ', () => {
    expect(fold('Tội phạm mạng')).toBe('toi pham mang');
    expect(fold('Điều tra')).toBe('dieu tra');
    expect(fold('ĐÀ NẴNG')).toBe('da nang');
    expect(fold('Thượng tướng Nguyễn Văn Long')).toBe('thuong tuong nguyen van long');
  });

  it('folds decomposed input the same as composed input', () => {
    expect(fold('Hà Nội'.normalize('NFD'))).toBe(fold('Hà Nội'.normalize('NFC')));
  });
});

describe('slugify', () => {
  it('makes accent-free, hyphenated slugs', () => {
    expect(slugify('Tăng cường hợp tác quốc tế phòng, chống tội phạm mạng')).toBe(
      'tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang',
    );
    expect(slugify('Đoàn đại biểu Quốc hội tỉnh Bắc Ninh')).toBe(
      'doan-dai-bieu-quoc-hoi-tinh-bac-ninh',
    );
    expect(slugify('Bệnh viện 19-8')).toBe('benh-vien-19-8');
    expect(slugify('Khởi tố đối tượng “Lợi dụng các quyền”')).toBe(
      'khoi-to-doi-tuong-loi-dung-cac-quyen',
    );
  });

  it('cuts long titles on a word boundary', () => {
    const slug = slugify(
      'Tăng cường công tác tổ chức vận tải, bảo đảm trật tự, an toàn giao thông',
      30,
    );
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toBe('tang-cuong-cong-tac-to-chuc');
  });
});
